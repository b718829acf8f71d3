import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocale } from '../../kernel/ui/use-date-format.ts';

/**
 * A shift's hours as the reader's clock shows them ("20:00–08:00"). The instants are shown in
 * the reader's own time zone, as every time in Tidlig is.
 */
export function useShiftTime(): (shift: { start: string; end: string }) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const clock = new Intl.DateTimeFormat(formatLocale(language), { hour: '2-digit', minute: '2-digit' });
    return (shift) => `${clock.format(new Date(shift.start))}–${clock.format(new Date(shift.end))}`;
  }, [language]);
}
