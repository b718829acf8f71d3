import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { bookingListSchema, bookingSchema, consultationHoursSchema, type Booking, type FreeSlot } from '../schema.ts';
import { FreeSlotList } from './ConsultationHoursSection.tsx';
import { api, bookingsPath, movePath } from './paths.ts';

/**
 * Moving one's own booking: the unit's free slots, each with a Move here button. The server
 * moves it in one step; a slot taken meanwhile drops out of the list with a message.
 */
export function MoveBookingPage() {
  const { t } = useTranslation('presence');
  const { bookingId = '' } = useParams();
  usePageTitle(t('move.title'));
  const mine = useApi(api.myBookings, bookingListSchema);
  return (
    <Loaded state={mine} loadingLabel={t('move.loading')}>
      {(data) => {
        const booking = data.bookings.find((b) => b.id === bookingId && b.status === 'booked');
        return booking ? <MoveBooking booking={booking} /> : <NotFound />;
      }}
    </Loaded>
  );
}

function MoveBooking({ booking }: { booking: Booking }) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const hours = useApi(api.consultationHours(booking.unit.id, 30), consultationHoursSchema);
  const [moved, setMoved] = useState<Booking | null>(null);
  const [gone, setGone] = useState<string[]>([]);
  const listId = useId();
  const trail = [
    { label: t('mine.title'), to: bookingsPath },
    { label: t('move.title'), to: movePath(booking.id) },
  ];

  const move = useSubmit({
    send: async (slot: FreeSlot) => {
      const body = { consultationHourId: slot.consultationHourId, date: slot.date, start: slot.start };
      setMoved(await sendJson('POST', api.move(booking.id), body, bookingSchema));
    },
    ns: 'presence',
    failed: (reason) => t('move.failed', { reason }),
  });
  const moveTo = async (slot: FreeSlot) => {
    const outcome = await move.submit(slot);
    // A slot taken meanwhile drops out of the list; the message says why.
    if (outcome.kind !== 'refused' || !(outcome.error instanceof ApiRequestError)) return;
    if (outcome.error.code === 'slot_taken' || outcome.error.code === 'slot_started') setGone((list) => [...list, slotKey(slot)]);
  };

  if (moved) return <Moved booking={moved} trail={trail} />;
  const current = { date: format.date(booking.date), start: booking.start, end: booking.end };
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg">
        {t('move.title')}
      </Heading>
      <Paragraph>
        {t('move.current', { ...current, contact: `${booking.contact.givenName} ${booking.contact.familyName}`, unit: booking.unit.name })}
      </Paragraph>
      <FormAlert submit={move} />
      <Heading level={2} data-size="sm" id={listId}>
        {t('move.pick')}
      </Heading>
      <Loaded state={hours} loadingLabel={t('move.loading')}>
        {(data) => {
          const free = data.freeSlots.filter((s) => !gone.includes(slotKey(s)));
          if (free.length === 0) return <Paragraph>{t('hours.noFree')}</Paragraph>;
          return (
            <FreeSlotList
              unitId={booking.unit.id}
              slots={free}
              labelledBy={listId}
              action={(slot, date) => (
                <Button
                  variant="secondary"
                  data-size="sm"
                  aria-label={t('move.hereLabel', { date, start: slot.start })}
                  onClick={() => void moveTo(slot)}
                >
                  {t('move.here')}
                </Button>
              )}
            />
          );
        }}
      </Loaded>
      <Paragraph>
        <RouterLink to={bookingsPath}>{t('move.back')}</RouterLink>
      </Paragraph>
    </>
  );
}

const slotKey = (slot: FreeSlot) => `${slot.consultationHourId}:${slot.date}:${slot.start}`;

function Moved({ booking, trail }: { booking: Booking; trail: { label: string; to: string }[] }) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('move.done.title'));
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="focus-target">
        {t('move.done.title')}
      </Heading>
      <Alert data-color="success">
        <Paragraph>
          {t('move.done.text', {
            date: format.date(booking.date),
            start: booking.start,
            end: booking.end,
            contact: `${booking.contact.givenName} ${booking.contact.familyName}`,
            unit: booking.unit.name,
          })}
        </Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to={bookingsPath}>{t('book.confirmed.mine')}</RouterLink>
      </Paragraph>
    </>
  );
}
