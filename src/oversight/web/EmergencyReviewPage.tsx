import { Alert, Button, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { childPath } from '../../children/web/paths.ts';
import { emergencyReviewListSchema, reviewRequestSchema, type EmergencyReviewList } from '../schema.ts';
import { accessReportPath, api } from './paths.ts';
import { localToday, useAuditLabels } from './use-audit-labels.ts';

type Item = EmergencyReviewList['items'][number];

const NOTE_MAX = reviewRequestSchema.shape.note.unwrap().maxLength ?? Number.POSITIVE_INFINITY;

/** The leader's review list: every emergency access in the municipality, those waiting first. */
export function EmergencyReviewPage() {
  const { t } = useTranslation('oversight');
  const state = useApi(api.reviews, emergencyReviewListSchema);
  return (
    <Loaded state={state} loadingLabel={t('review.loading')}>
      {(list) => <ReviewList items={list.items} />}
    </Loaded>
  );
}

function ReviewList({ items }: { items: Item[] }) {
  const { t } = useTranslation('oversight');
  usePageTitle(t('review.title'));
  // Reviews done on this page, laid over the list as loaded, so nothing reloads under the user.
  const [local, setLocal] = useState<Record<string, Pick<Item, 'reviewedAt' | 'reviewNote'>>>({});
  const [status, setStatus] = useState('');
  const waitingHeading = useRef<HTMLHeadingElement>(null);

  const merged = items.map((item) => ({ ...item, ...local[item.id] }));
  const waiting = merged
    .filter((item) => item.reviewedAt === null)
    .sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn) || a.grantedAt.localeCompare(b.grantedAt));
  const reviewed = merged
    .filter((item) => item.reviewedAt !== null)
    .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''));

  function markReviewed(item: Item, note: string) {
    setLocal((previous) => ({ ...previous, [item.id]: { reviewedAt: new Date().toISOString(), reviewNote: note || null } }));
    setStatus(t('review.form.done', { name: `${item.staff.givenName} ${item.staff.familyName}` }));
    // The form the user was in is gone; the list it belonged to is the sensible place to land.
    waitingHeading.current?.focus();
  }

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('review.title')}
      </Heading>
      <Paragraph className="lead">{t('review.intro')}</Paragraph>
      <div role="status" className="review-status">
        {status && (
          <Alert data-color="success">
            <Paragraph>{status}</Paragraph>
          </Alert>
        )}
      </div>
      <section className="page-section">
        <Heading level={2} data-size="md" ref={waitingHeading} tabIndex={-1} className="focus-target">
          {t('review.waiting', { count: waiting.length })}
        </Heading>
        {waiting.length === 0 ? (
          <Paragraph>{t('review.waitingEmpty')}</Paragraph>
        ) : (
          <ul className="review-list">
            {waiting.map((item) => (
              <li key={item.id}>
                <ReviewItem item={item} onReviewed={(note) => markReviewed(item, note)} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="page-section">
        <Heading level={2} data-size="md">
          {t('review.reviewed', { count: reviewed.length })}
        </Heading>
        {reviewed.length === 0 ? (
          <Paragraph>{t('review.reviewedEmpty')}</Paragraph>
        ) : (
          <ul className="review-list">
            {reviewed.map((item) => (
              <li key={item.id}>
                <ReviewItem item={item} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ReviewItem({ item, onReviewed }: { item: Item; onReviewed?: (note: string) => void }) {
  const { t } = useTranslation('oversight');
  const format = useDateFormat();
  const labels = useAuditLabels();
  const headingId = useId();
  const overdue = item.reviewedAt === null && item.reviewDueOn < localToday();
  const name = `${item.staff.givenName} ${item.staff.familyName}`;

  return (
    <article aria-labelledby={headingId} className="review-item">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('review.item.heading', { name, role: labels.role(item.role), unit: item.unitName })}
      </Heading>
      <dl className="facts">
        <dt>{t('review.item.granted')}</dt>
        <dd>{format.dateTime(item.grantedAt)}</dd>
        <dt>{t('review.item.expires')}</dt>
        <dd>{format.dateTime(item.expiresAt)}</dd>
        <dt>{t('review.item.due')}</dt>
        <dd>
          {format.date(item.reviewDueOn)}
          {overdue && (
            <>
              {' '}
              <Tag data-color="danger" data-size="sm">
                {t('review.item.overdue')}
              </Tag>
            </>
          )}
        </dd>
        <dt>{t('review.item.reason')}</dt>
        <dd className="review-item__reason">{item.reason}</dd>
        <dt>{t('review.item.child')}</dt>
        <dd>
          <ul className="inline-list">
            <li>
              <RouterLink to={childPath(item.childId)}>{t('review.item.record')}</RouterLink>
            </li>
            <li>
              <RouterLink to={accessReportPath(item.childId)}>{t('review.item.accessReport')}</RouterLink>
            </li>
          </ul>
        </dd>
        {item.reviewedAt !== null && (
          <>
            <dt>{t('review.item.reviewedAt')}</dt>
            <dd>{format.dateTime(item.reviewedAt)}</dd>
            {item.reviewNote && (
              <>
                <dt>{t('review.item.note')}</dt>
                <dd className="review-item__reason">{item.reviewNote}</dd>
              </>
            )}
          </>
        )}
      </dl>
      {onReviewed && <ReviewForm itemId={item.id} onReviewed={onReviewed} />}
    </article>
  );
}

function ReviewForm({ itemId, onReviewed }: { itemId: string; onReviewed: (note: string) => void }) {
  const { t } = useTranslation('oversight');
  const formatNumber = useNumberFormat();
  const form = useSchemaForm(reviewRequestSchema, { note: '' });
  const submit = useSubmit({
    send: async (review: z.output<typeof reviewRequestSchema>) => {
      await sendJson('POST', api.review(itemId), review);
      onReviewed(review.note);
    },
    failed: (reason) => t('review.form.failed', { reason }),
  });

  return (
    <form ref={submit.formRef} className="review-form" onSubmit={submit.handle(form)} noValidate>
      <Textfield
        {...form.register('note')}
        multiline
        rows={2}
        label={t('review.form.note')}
        description={t('review.form.noteDescription')}
        error={form.formState.errors.note ? t('review.form.tooLong', { max: formatNumber(NOTE_MAX) }) : undefined}
      />
      <FormAlert submit={submit} />
      <Button type="submit" variant="secondary" aria-disabled={submit.busy || undefined}>
        {t('review.form.submit')}
      </Button>
    </form>
  );
}
