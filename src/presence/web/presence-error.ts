import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../kernel/ui/api.ts';
import { presenceMessages } from './messages.ts';

type PresenceErrorCode = keyof (typeof presenceMessages)['nb']['errors'];

function isPresenceErrorCode(code: string): code is PresenceErrorCode {
  return Object.hasOwn(presenceMessages.nb.errors, code);
}

/**
 * An API error code in the user's language: presence's own codes (a clash, a cancelled
 * booking, a field the planning form refuses) from its messages, the rest from the shared ones.
 */
export function usePresenceError(): (code: string) => string {
  const { t } = useTranslation('presence');
  const { t: tc } = useTranslation();
  return (code) => (isPresenceErrorCode(code) ? t(`errors.${code}`) : tc(errorMessageKey(code)));
}
