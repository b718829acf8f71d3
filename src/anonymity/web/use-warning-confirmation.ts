import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedText } from './IdentifyingFindings.tsx';

/** The texts the server warned about, under a key that says exactly what was sent. */
interface Warned {
  key: string;
  texts: CheckedText[];
}

export interface WarningConfirmation {
  warned: Warned | null;
  confirmed: boolean;
  setConfirmed: (confirmed: boolean) => void;
  error: string | undefined;
  /** Shows the server's warnings about the texts sent under `key`; the box starts unticked. */
  warn: (key: string, texts: CheckedText[]) => void;
  clear: () => void;
  /**
   * Before sending texts under `key`: true (and an error on the box) when they are the ones
   * warned about and the box is not ticked, so the form asks again without a round trip.
   */
  blocks: (key: string) => boolean;
  /** What to send as `anonymityConfirmed`: true only for the very texts the writer confirmed. */
  confirmedFor: (key: string) => true | undefined;
}

/**
 * The state behind AnonymityWarnings. A confirmation covers the texts it was given for: once
 * the writer changes them, the server checks again and asks again if warnings remain.
 */
export function useWarningConfirmation(): WarningConfirmation {
  const { t } = useTranslation('anonymity');
  const [warned, setWarned] = useState<Warned | null>(null);
  const [confirmed, setConfirmedState] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  return {
    warned,
    confirmed,
    error,
    setConfirmed: (value) => {
      setConfirmedState(value);
      if (value) setError(undefined);
    },
    warn: (key, texts) => {
      setWarned({ key, texts });
      setConfirmedState(false);
      setError(undefined);
    },
    clear: () => {
      setWarned(null);
      setConfirmedState(false);
      setError(undefined);
    },
    blocks: (key) => {
      const blocked = warned?.key === key && !confirmed;
      setError(blocked ? t('warnings.required') : undefined);
      return blocked;
    },
    confirmedFor: (key) => (warned?.key === key && confirmed ? true : undefined),
  };
}
