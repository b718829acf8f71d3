import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { addDays, localDate } from '../../time/dates.ts';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { SuppressedCount, SuppressedCountNote } from '../../kernel/ui/SuppressedCount.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { countsSchema } from '../schema.ts';
import { api } from './paths.ts';

/** How far back the start page counts: the last 30 days, today included. */
const DAYS = 30;

/** The leader's start: reports received in the last 30 days, in all and per unit, small counts suppressed. */
export function ReportCounts() {
  const { t } = useTranslation('concerns');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const to = localDate(new Date());
  const from = addDays(to, 1 - DAYS);
  const state = useApi(api.counts(from, to), countsSchema);
  return (
    <StartCard title={t('start.counts')} state={state} failed={tc('startPage.failed')}>
      {(counts) => (
        <>
          <Paragraph>
            {t('start.countsPeriod', { from: format.date(counts.from), to: format.date(counts.to) })}{' '}
            <strong>
              <SuppressedCount count={counts.total} />
            </strong>
          </Paragraph>
          {counts.units.length > 0 && (
            <ul className="start-list">
              {counts.units.map((unit) => (
                <li key={unit.unitId}>
                  {unit.unitName}: <SuppressedCount count={unit.received} />
                </li>
              ))}
            </ul>
          )}
          <SuppressedCountNote />
        </>
      )}
    </StartCard>
  );
}
