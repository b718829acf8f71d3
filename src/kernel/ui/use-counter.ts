import type { FieldCounterProps } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

/** What a text field's schema allows: a Zod string's longest length. */
interface Limited {
  readonly maxLength: number | null;
}

/**
 * A character counter for a text field, its limit taken from the schema the server checks and
 * its words in the reader's language. The field counts down and says how far over the text
 * is, where a `maxLength` would silently cut what someone pasted.
 */
export function useCounter(): (schema: Limited) => FieldCounterProps | undefined {
  const { t } = useTranslation();
  return (schema) => (schema.maxLength === null ? undefined : { limit: schema.maxLength, under: t('counter.under'), over: t('counter.over') });
}
