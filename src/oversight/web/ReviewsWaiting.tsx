import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { StartCard } from '../../kernel/ui/StartCard.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { emergencyReviewListSchema } from '../schema.ts';
import { api, reviewListPath } from './paths.ts';
import { localToday, useAuditLabels } from './use-audit-labels.ts';

const SHOWN = 3;

/** The leader's review list on the start page: emergency accesses waiting, the earliest due first. */
export function ReviewsWaiting() {
  const { t } = useTranslation('oversight');
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  const labels = useAuditLabels();
  const state = useApi(api.reviews, emergencyReviewListSchema);
  return (
    <StartCard title={t('review.title')} state={state} failed={tc('startPage.failed')} more={{ to: reviewListPath, label: t('start.all') }}>
      {({ items }) => {
        const waiting = items.filter((item) => item.reviewedAt === null).sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn));
        if (waiting.length === 0) return <Paragraph>{t('review.waitingEmpty')}</Paragraph>;
        return (
          <>
            <Paragraph>{t('review.waiting', { count: waiting.length })}</Paragraph>
            <ul className="start-list">
              {waiting.slice(0, SHOWN).map((item) => (
                <li key={item.id}>
                  {t('review.item.heading', {
                    name: `${item.staff.givenName} ${item.staff.familyName}`,
                    role: labels.role(item.role),
                    unit: item.unitName,
                  })}
                  {': '}
                  {t('start.due', { date: format.date(item.reviewDueOn) })}{' '}
                  {item.reviewDueOn < localToday() && (
                    <Tag data-color="danger" data-size="sm">
                      {t('review.item.overdue')}
                    </Tag>
                  )}
                </li>
              ))}
            </ul>
          </>
        );
      }}
    </StartCard>
  );
}
