import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { bookingListSchema, bookingSchema, type Booking } from '../schema.ts';
import { api, movePath } from './paths.ts';

/** The person's own bookings, each booked one with a Move link and a Cancel button that asks first. */
export function MyBookingsPage() {
  const { t } = useTranslation('presence');
  usePageTitle(t('mine.title'));
  const state = useApi(api.myBookings, bookingListSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('mine.title')}
      </Heading>
      <Loaded state={state} loadingLabel={t('mine.loading')}>
        {(data) => <BookingTable initial={data.bookings} />}
      </Loaded>
    </>
  );
}

function BookingTable({ initial }: { initial: Booking[] }) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const [bookings, setBookings] = useState(initial);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const headingRef = useRef<HTMLParagraphElement>(null);

  const cancel = useSubmit({
    send: async (booking: Booking) => {
      const cancelled = await sendJson('POST', api.cancel(booking.id), undefined, bookingSchema);
      setBookings((list) => list.map((b) => (b.id === cancelled.id ? cancelled : b)));
      setConfirming(null);
      setMessage(t('mine.done', { date: format.date(booking.date), start: booking.start }));
      headingRef.current?.focus();
    },
    ns: 'presence',
    failed: (reason) => t('mine.failed', { reason }),
  });

  if (bookings.length === 0) return <Paragraph>{t('mine.empty')}</Paragraph>;
  return (
    <>
      <p role="status" className="focus-target" tabIndex={-1} ref={headingRef}>
        {message}
      </p>
      <FormAlert submit={cancel} />
      <div className="table-scroll">
        <Table data-size="sm" zebra aria-label={t('mine.title')} className="bookings-table">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('mine.date')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mine.time')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mine.unit')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mine.contact')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mine.topic')}</Table.HeaderCell>
              <Table.HeaderCell>{t('mine.status')}</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="ds-sr-only">{t('mine.actions')}</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {bookings.map((booking) => {
              const date = format.date(booking.date);
              return (
                <Table.Row key={booking.id}>
                  <Table.Cell>{date}</Table.Cell>
                  <Table.Cell>{t('timeRange', { start: booking.start, end: booking.end })}</Table.Cell>
                  <Table.Cell>{booking.unit.name}</Table.Cell>
                  <Table.Cell>{`${booking.contact.givenName} ${booking.contact.familyName}`}</Table.Cell>
                  <Table.Cell>{t(`concernCategory.${booking.topic}`, { ns: 'common' })}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={booking.status === 'booked' ? 'success' : 'neutral'}>
                      {booking.status === 'booked' ? t('mine.booked') : t('mine.cancelled')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    {booking.status === 'booked' &&
                      (confirming === booking.id ? (
                        <div className="booking-actions" role="group" aria-label={t('mine.confirm', { date, start: booking.start })}>
                          <Paragraph data-size="sm">{t('mine.confirm', { date, start: booking.start })}</Paragraph>
                          <Button data-size="sm" data-color="danger" autoFocus onClick={() => void cancel.submit(booking)}>
                            {t('mine.confirmYes')}
                          </Button>
                          <Button data-size="sm" variant="secondary" onClick={() => setConfirming(null)}>
                            {t('mine.confirmNo')}
                          </Button>
                        </div>
                      ) : (
                        <div className="booking-actions">
                          <Button asChild data-size="sm" variant="secondary">
                            <Link to={movePath(booking.id)} aria-label={t('mine.moveLabel', { date, start: booking.start })}>
                              {t('mine.move')}
                            </Link>
                          </Button>
                          <Button
                            data-size="sm"
                            variant="secondary"
                            aria-label={t('mine.cancelLabel', { date, start: booking.start })}
                            onClick={() => setConfirming(booking.id)}
                          >
                            {t('mine.cancel')}
                          </Button>
                        </div>
                      ))}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </>
  );
}
