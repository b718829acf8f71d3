import { Button, Field, Heading, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { localDate } from '../../time/dates.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan, useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { formatLocale, useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { contactWeekSchema, networkContactsSchema, type ContactWeek, type NetworkContacts } from '../schema.ts';
import { api, weekPath } from './paths.ts';

type Day = ContactWeek['days'][number];

/**
 * A network contact's week: each day's consultation hours and team meetings in time order.
 * A contact opens their own; a leader picks the contact. The address carries the contact's id
 * and the ISO week only.
 */
export function WeekPage() {
  const { t } = useTranslation('presence');
  const user = useUser();
  const mayPick = useCan('presence.week_of_others');
  const [params] = useSearchParams();
  usePageTitle(t('week.title'));
  const contacts = useApi(mayPick ? api.contacts : null, networkContactsSchema);
  const asked = params.get('contact');
  const week = params.get('week');
  const firstContact = contacts.status === 'ready' ? contacts.data.contacts[0]?.id : undefined;
  const isContact = user?.memberships.some((m) => m.role === 'network_contact') ?? false;
  const contact = asked ?? (isContact ? user?.id : firstContact) ?? null;
  if (!mayPick && !isContact) return <NotFound />;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t('week.title')}
      </Heading>
      {mayPick && contacts.status === 'ready' && (
        <ContactPicker contacts={contacts.data} chosen={contact} week={week} />
      )}
      {mayPick && contacts.status === 'ready' && contacts.data.contacts.length === 0 && !isContact ? (
        <Paragraph>{t('week.noContacts')}</Paragraph>
      ) : (
        contact && <Week key={`${contact}:${week ?? ''}`} contact={contact} week={week} />
      )}
    </>
  );
}

function ContactPicker({ contacts, chosen, week }: { contacts: NetworkContacts; chosen: string | null; week: string | null }) {
  const { t } = useTranslation('presence');
  const [, setParams] = useSearchParams();
  const [value, setValue] = useState(chosen ?? contacts.contacts[0]?.id ?? '');
  if (contacts.contacts.length === 0) return null;

  function show(event: FormEvent) {
    event.preventDefault();
    setParams(week ? { contact: value, week } : { contact: value });
  }

  return (
    <form className="week-picker" onSubmit={show}>
      <Field>
        <Label>{t('week.contact')}</Label>
        <Select width="auto" value={value} onChange={(event) => setValue(event.target.value)}>
          {contacts.contacts.map((c) => (
            <Select.Option key={c.id} value={c.id}>{`${c.givenName} ${c.familyName}`}</Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t('week.show')}
      </Button>
    </form>
  );
}

function Week({ contact, week }: { contact: string; week: string | null }) {
  const { t } = useTranslation('presence');
  const state = useApi(api.week(contact, week), contactWeekSchema);
  return (
    <Loaded state={state} loadingLabel={t('week.loading')}>
      {(data) => <WeekView data={data} />}
    </Loaded>
  );
}

function WeekView({ data }: { data: ContactWeek }) {
  const { t, i18n } = useTranslation('presence');
  const format = useDateFormat();
  const navId = useId();
  const weekday = useMemo(
    () => new Intl.DateTimeFormat(formatLocale(i18n.resolvedLanguage ?? i18n.language), { weekday: 'long', timeZone: 'UTC' }),
    [i18n.resolvedLanguage, i18n.language],
  );
  const today = localDate(new Date());
  const first = data.days[0]!.date;
  const last = data.days[data.days.length - 1]!.date;
  const days = data.days.filter((day) => day.closure?.kind !== 'weekend' || day.hours.length + day.meetings.length > 0);
  return (
    <section aria-labelledby={navId} className="week">
      <Heading level={2} data-size="md" id={navId}>
        {`${data.contact.givenName} ${data.contact.familyName}`}
      </Heading>
      <Paragraph className="week-range">{t('week.range', { week: Number(data.week.slice(6)), from: format.date(first), to: format.date(last) })}</Paragraph>
      <nav aria-label={t('week.navigation')}>
        <ul className="week-nav">
          <li>
            <RouterLink to={weekPath(data.contact.id, data.previousWeek)}>{t('week.previous')}</RouterLink>
          </li>
          <li>
            <RouterLink to={weekPath(data.contact.id, null)}>{t('week.current')}</RouterLink>
          </li>
          <li>
            <RouterLink to={weekPath(data.contact.id, data.nextWeek)}>{t('week.next')}</RouterLink>
          </li>
        </ul>
      </nav>
      {days.map((day) => {
        const [year = 0, month = 1, date = 1] = day.date.split('-').map(Number);
        const name = weekday.format(new Date(Date.UTC(year, month - 1, date)));
        return (
          <article key={day.date} className="week-day" aria-labelledby={`day-${day.date}`}>
            <Heading level={3} data-size="xs" id={`day-${day.date}`}>
              {`${name.charAt(0).toUpperCase()}${name.slice(1)} ${format.date(day.date)}`}
              {day.date === today && <Tag data-size="sm" className="week-day__today">{t('week.today')}</Tag>}
            </Heading>
            <DayEntries day={day} />
          </article>
        );
      })}
    </section>
  );
}

/** One day's consultation hours and team meetings in time order; also the start page's week. */
export function DayEntries({ day }: { day: Day }) {
  const { t } = useTranslation('presence');
  const entries = [
    ...day.hours.map((hour) => ({ start: hour.start, key: hour.consultationHourId, kind: 'hour' as const, hour })),
    ...day.meetings.map((meeting) => ({ start: meeting.start, key: meeting.id, kind: 'meeting' as const, meeting })),
  ].sort((a, b) => a.start.localeCompare(b.start));
  if (entries.length === 0) {
    const closed = day.closure && day.closure.kind !== 'weekend';
    return <Paragraph data-size="sm">{closed ? closureText(t, day.closure!) : t('week.empty')}</Paragraph>;
  }
  return (
    <ul className="week-entries">
      {entries.map((entry) =>
        entry.kind === 'hour' ? (
          <li key={entry.key}>
            <strong>{t('week.hour', { start: entry.hour.start, end: entry.hour.end, unit: entry.hour.unit.name })}</strong>
            <br />
            {t('week.slots', { booked: entry.hour.booked, total: entry.hour.slots })}
            {entry.hour.bookings && entry.hour.bookings.length > 0 && (
              <ul>
                {entry.hour.bookings.map((b) => (
                  <li key={b.start}>
                    {t('week.booking', { start: b.start, name: `${b.bookedBy.givenName} ${b.bookedBy.familyName}`, topic: t(`concernCategory.${b.topic}`, { ns: 'common' }) })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ) : (
          <li key={entry.key}>
            <strong>{t('week.meeting', { start: entry.meeting.start, end: entry.meeting.end, unit: entry.meeting.unit.name })}</strong>{' '}
            <Tag data-size="sm" data-color={entry.meeting.status === 'proposed' ? 'warning' : 'neutral'}>
              {t(`week.meetingStatus.${entry.meeting.status}`)}
            </Tag>
          </li>
        ),
      )}
    </ul>
  );
}

function closureText(t: (key: 'week.closedSchool' | 'week.closed', options?: { label: string }) => string, closure: NonNullable<Day['closure']>) {
  return closure.kind === 'school_holiday' && closure.label ? t('week.closedSchool', { label: closure.label }) : t('week.closed');
}
