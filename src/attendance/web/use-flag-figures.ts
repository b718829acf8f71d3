import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import type { Flag } from '../schema.ts';

/** A flag's figures in the reader's words: "4 days 1–23 Nov (16 school days); rule: more than 3". */
export function useFlagFigures(): (flag: Flag) => string {
  const { t } = useTranslation('attendance');
  const format = useDateFormat();
  const number = useNumberFormat();
  return (flag) =>
    t('flags.text', {
      value: number(Math.round(flag.value * 10) / 10),
      measure: t(`measure.${flag.measure}`),
      from: format.date(flag.windowFrom),
      to: format.date(flag.windowTo),
      schoolDays: flag.schoolDays,
      comparison: t(`comparison.${flag.comparison}`),
      threshold: number(flag.threshold),
    });
}
