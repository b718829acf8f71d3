import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { myShiftsSchema } from '../plan-schema.ts';
import { api, myShiftsPath } from './paths.ts';
import { shiftTime } from './shift-time.ts';

const SHOWN = 3;

/** On the on-call worker's start page: their next shifts in a published rota. */
export function NextShifts() {
  const { t } = useTranslation('rota');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const state = useApi(api.mine, myShiftsSchema);
  return (
    <StartCard title={t('start.title')} state={state} failed={tc('startPage.failed')} more={{ to: myShiftsPath, label: t('start.all') }}>
      {({ shifts }) =>
        shifts.length === 0 ? (
          <Paragraph>{t('start.empty')}</Paragraph>
        ) : (
          <ul className="start-list">
            {shifts.slice(0, SHOWN).map((s) => (
              <li key={`${s.planId}-${s.shift}`}>{t('start.item', { date: format.date(s.date), shift: s.name, time: shiftTime(s) })}</li>
            ))}
          </ul>
        )
      }
    </StartCard>
  );
}
