import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlanField, PlanIssues } from './plan-issues.ts';

/** The hour's times and length of each slot, and the first and last date it repeats. */
export function HourTimeFields({
  values,
  set,
  issues,
}: {
  values: Record<'start' | 'end' | 'slotMinutes' | 'from' | 'to', string>;
  set: (name: PlanField) => (value: string) => void;
  issues: PlanIssues;
}) {
  const { t } = useTranslation('presence');
  return (
    <>
      <div className="plan-hour__row">
        <Textfield type="time" label={t('plan.start')} value={values.start} onChange={(e) => set('start')(e.target.value)} error={issues.start} />
        <Textfield type="time" label={t('plan.end')} value={values.end} onChange={(e) => set('end')(e.target.value)} error={issues.end} />
        <Textfield
          type="number"
          min={5}
          step={5}
          label={t('plan.slotMinutes')}
          value={values.slotMinutes}
          onChange={(e) => set('slotMinutes')(e.target.value)}
          error={issues.slotMinutes}
        />
      </div>
      <div className="plan-hour__row">
        <Textfield type="date" label={t('plan.from')} value={values.from} onChange={(e) => set('from')(e.target.value)} error={issues.from} />
        <Textfield type="date" label={t('plan.to')} value={values.to} onChange={(e) => set('to')(e.target.value)} error={issues.to} />
      </div>
    </>
  );
}
