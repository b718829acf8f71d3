import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { referralListSchema } from '../schema.ts';
import { api, pupilTalksPath } from './paths.ts';

const SHOWN = 5;

/** Intake's start: the pupil talks referred to child welfare because the parents could not be told, newest first. */
export function ReferralsWaiting() {
  const { t } = useTranslation('pupilTalks');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const user = useUser();
  const unit = useApi(user?.currentUnit ? organisationApi.unit(user.currentUnit.id) : null, unitDetailSchema);
  const municipalityId = unit.status === 'ready' ? unit.data.unit.municipality.id : null;
  const list = useApi(municipalityId ? api.referrals(municipalityId) : null, referralListSchema);
  const state = unit.status === 'failed' ? unit : list;
  return (
    <StartCard title={t('start.referrals')} state={state} failed={tc('startPage.failed')} more={{ to: pupilTalksPath, label: t('start.allReferrals') }}>
      {({ referrals }) =>
        referrals.length === 0 ? (
          <Paragraph>{t('referrals.none')}</Paragraph>
        ) : (
          <ul className="start-list">
            {[...referrals]
              .sort((a, b) => b.referredOn.localeCompare(a.referredOn))
              .slice(0, SHOWN)
              .map((r) => (
                <li key={r.id}>
                  {t('start.referral', { child: `${r.child.givenName} ${r.child.familyName}`, unit: r.unit.name, date: format.date(r.referredOn) })}
                </li>
              ))}
          </ul>
        )
      }
    </StartCard>
  );
}
