import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../kernel/ui/api.ts';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { consultationHoursSchema, type ConsultationHours } from '../schema.ts';
import { api, bookPath } from './paths.ts';
import { PlanHourForm } from './PlanHourForm.tsx';

/**
 * A unit's consultation hours on its page: the weekly hours and the next free slots, each with
 * a Book button for those who may book, and the planning form for those who plan presence.
 * Failures stay inside the section.
 */
/** The unit page's section of consultation hours, for those who may see them. */
export function UnitConsultationHours({ unitId }: { unitId: string }) {
  return useCan('presence.read') ? <ConsultationHoursSection unitId={unitId} /> : null;
}

function ConsultationHoursSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation('presence');
  const headingId = useId();
  const mayPlan = useCan('presence.plan');
  // Bumped when an hour is planned, so the list below loads afresh.
  const [planned, setPlanned] = useState(0);

  return (
    <section aria-labelledby={headingId} className="page-section consultation-hours">
      <Heading level={2} data-size="md" id={headingId}>
        {t('hours.heading')}
      </Heading>
      <HoursLoader key={planned} unitId={unitId} />
      {mayPlan && <PlanHourForm unitId={unitId} onPlanned={() => setPlanned((n) => n + 1)} />}
    </section>
  );
}

function HoursLoader({ unitId }: { unitId: string }) {
  const { t } = useTranslation('presence');
  const { t: tc } = useTranslation();
  const state = useApi(api.consultationHours(unitId, 10), consultationHoursSchema);
  return (
    <>
      {state.status === 'loading' && <p role="status">{t('hours.loading')}</p>}
      {state.status === 'failed' &&
        (state.code === 'not_found' || state.code === 'forbidden' ? (
          <Paragraph>{t('hours.outOfScope')}</Paragraph>
        ) : (
          <Alert data-color="danger" className="page-error">
            <Paragraph>{tc(errorMessageKey(state.code))}</Paragraph>
            <Button variant="secondary" data-size="sm" onClick={state.retry}>
              {tc('errors.retry')}
            </Button>
          </Alert>
        ))}
      {state.status === 'ready' &&
        (state.data.hours.length === 0 ? (
          <Paragraph>{t('hours.none')}</Paragraph>
        ) : (
          <HoursView unitId={unitId} data={state.data} />
        ))}
    </>
  );
}

function HoursView({ unitId, data }: { unitId: string; data: ConsultationHours }) {
  const { t } = useTranslation('presence');
  const recurringId = useId();
  const freeId = useId();
  return (
    <>
      <Paragraph>{t('hours.intro')}</Paragraph>
      <Heading level={3} data-size="xs" id={recurringId}>
        {t('hours.recurring')}
      </Heading>
      <div className="table-scroll">
        <Table aria-labelledby={recurringId} data-size="sm" zebra>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('hours.weekday')}</Table.HeaderCell>
              <Table.HeaderCell>{t('hours.time')}</Table.HeaderCell>
              <Table.HeaderCell>{t('hours.contact')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.hours.map((hour) => (
              <Table.Row key={hour.id}>
                <Table.Cell>{t(`weekday.d${hour.weekday as 1 | 2 | 3 | 4 | 5}`)}</Table.Cell>
                <Table.Cell>{t('timeRange', { start: hour.start, end: hour.end })}</Table.Cell>
                <Table.Cell>{`${hour.contact.givenName} ${hour.contact.familyName}`}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      <Heading level={3} data-size="xs" id={freeId}>
        {t('hours.free')}
      </Heading>
      {data.freeSlots.length === 0 ? (
        <Paragraph>{t('hours.noFree')}</Paragraph>
      ) : (
        <FreeSlotList unitId={unitId} slots={data.freeSlots} labelledBy={freeId} />
      )}
    </>
  );
}

type FreeSlot = ConsultationHours['freeSlots'][number];

/**
 * The free slots, each with a Book button (a link to the booking form) for those who may book,
 * or with the `action` given (moving a booking picks its new slot here too).
 */
export function FreeSlotList({
  unitId,
  slots,
  labelledBy,
  action,
}: {
  unitId: string;
  slots: ConsultationHours['freeSlots'];
  labelledBy?: string;
  action?: (slot: FreeSlot, date: string) => ReactNode;
}) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const mayBook = useCan('booking.create');
  return (
    <ul className="slot-list" aria-labelledby={labelledBy}>
      {slots.map((slot) => {
        const date = format.date(slot.date);
        return (
          <li key={`${slot.consultationHourId}:${slot.date}:${slot.start}`} className="slot-list__item">
            <span>
              {date}, {t('timeRange', { start: slot.start, end: slot.end })}
            </span>
            {action?.(slot, date)}
            {!action && mayBook && (
              <Button asChild variant="secondary" data-size="sm">
                <Link to={bookPath(unitId, slot)} aria-label={t('hours.bookLabel', { date, start: slot.start })}>
                  {t('hours.book')}
                </Link>
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
