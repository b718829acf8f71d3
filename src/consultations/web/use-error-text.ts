import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../kernel/ui/api.ts';
import { consultationsMessages } from './messages.ts';

type OwnCode = keyof typeof consultationsMessages.nb.errors;

/** An error code in the user's language: this capability's own codes first, then the shared ones. */
export function useErrorText(): (code: string) => string {
  const { t } = useTranslation('consultations');
  const { t: tc } = useTranslation();
  return (code) => (Object.hasOwn(consultationsMessages.nb.errors, code) ? t(`errors.${code as OwnCode}`) : tc(errorMessageKey(code)));
}
