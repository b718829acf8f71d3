import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { myActivitiesSchema, type Activity, type MyActivities } from '../schema.ts';
import { ActivityForm } from './ActivityForm.tsx';
import { api } from './paths.ts';

/** The network contact's activity log: the form, and their own entries with edit and delete. */
export function ActivityPage() {
  const { t } = useTranslation('activity');
  usePageTitle(t('title'));
  const mine = useApi(api.mine, myActivitiesSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
      <Loaded state={mine} loadingLabel={t('loading')}>
        {(data) => <ActivityLog initial={data} />}
      </Loaded>
    </>
  );
}

function ActivityLog({ initial }: { initial: MyActivities }) {
  const { t } = useTranslation('activity');
  const [activities, setActivities] = useState(initial.activities);
  const [editing, setEditing] = useState<Activity | null>(null);
  const [status, setStatus] = useState('');
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  if (initial.units.length === 0) return <Paragraph>{t('noUnits')}</Paragraph>;

  const saved = (activity: Activity, created: boolean) => {
    setStatus('');
    setEditing(null);
    // Newest first, as the server lists them: by day, then the latest logged.
    const others = activities.filter((a) => a.id !== activity.id);
    setActivities(created ? sortByDay([activity, ...others]) : sortByDay(activities.map((a) => (a.id === activity.id ? activity : a))));
  };
  const deleted = (id: string) => {
    setActivities((list) => list.filter((a) => a.id !== id));
    if (editing?.id === id) setEditing(null);
    setStatus(t('list.deleted'));
    listHeadingRef.current?.focus();
  };

  return (
    <>
      <ActivityForm units={initial.units} editing={editing} onSaved={saved} onCancel={() => setEditing(null)} />
      <section aria-labelledby="activity-list-heading">
        <Heading level={2} data-size="sm" id="activity-list-heading" ref={listHeadingRef} tabIndex={-1}>
          {t('list.heading')}
        </Heading>
        <p role="status">{status}</p>
        {activities.length === 0 ? (
          <Paragraph>{t('list.empty')}</Paragraph>
        ) : (
          <ul className="activity-list">
            {activities.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} onEdit={() => setEditing(activity)} onDeleted={() => deleted(activity.id)} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** A stable sort keeps the order within a day as it was: the latest logged first. */
function sortByDay(list: Activity[]): Activity[] {
  return [...list].sort((a, b) => b.heldOn.localeCompare(a.heldOn));
}

function ActivityItem({ activity, onEdit, onDeleted }: { activity: Activity; onEdit: () => void; onDeleted: () => void }) {
  const { t } = useTranslation('activity');
  const format = useDateFormat();
  const date = format.date(activity.heldOn);
  const kind = t(`kind.${activity.kind}`);
  const remove = useSubmit({
    send: async () => {
      await sendJson('DELETE', api.activity(activity.id), { version: activity.version });
      onDeleted();
    },
    ns: 'activity',
  });
  return (
    <li>
      <Heading level={3} data-size="2xs">
        {kind}
      </Heading>
      <p>
        {date} · {activity.unit.name}
      </p>
      <p>{t('list.summary', { minutes: activity.minutes, people: activity.people })}</p>
      {activity.note !== '' && <p>{activity.note}</p>}
      <div className="activity-actions">
        <Button variant="secondary" data-size="sm" aria-label={t('list.editLabel', { kind, date })} onClick={onEdit}>
          {t('list.edit')}
        </Button>
        <Button variant="tertiary" data-size="sm" aria-label={t('list.deleteLabel', { kind, date })} aria-disabled={remove.busy || undefined} onClick={() => void remove.submit(undefined)}>
          {t('list.delete')}
        </Button>
      </div>
      <FormAlert submit={remove} />
    </li>
  );
}
