import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema, type UnitDetail } from '../../organisation/schema.ts';
import { municipalityPath, api as organisationApi, overviewPath, unitPath } from '../../organisation/web/paths.ts';
import { consultationHoursSchema, type Booking } from '../schema.ts';
import { BookingForm } from './BookingForm.tsx';
import { FreeSlotList } from './ConsultationHoursSection.tsx';
import { api, bookingsPath, parseSlotParam } from './paths.ts';

type Slot = NonNullable<ReturnType<typeof parseSlotParam>>;

/**
 * Booking a slot: step 1 was the Book button on the unit page, step 2 is this form, step 3
 * the confirmation. The address names the slot by ids, date and time only.
 */
export function BookingPage() {
  const { t } = useTranslation('presence');
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const slotParam = params.get('slot');
  const slot = parseSlotParam(slotParam);
  const unit = useApi(organisationApi.unit(unitId), unitDetailSchema);
  usePageTitle(t('book.title'));
  return (
    <Loaded state={unit} loadingLabel={t('book.loading')}>
      {(detail) => <BookingForUnit key={slotParam ?? ''} detail={detail} slot={slot} asked={slotParam !== null} />}
    </Loaded>
  );
}

function BookingForUnit({ detail, slot, asked }: { detail: UnitDetail; slot: Slot | null; asked: boolean }) {
  const { t } = useTranslation('presence');
  const { unit } = detail;
  const hours = useApi(api.consultationHours(unit.id, 100), consultationHoursSchema);
  const [booked, setBooked] = useState<Booking | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  // Slots the server has said are taken since the list was loaded.
  const [gone, setGone] = useState<string[]>([]);
  const { t: to } = useTranslation('organisation');

  const trail = [
    { label: to('overview.title'), to: overviewPath },
    { label: unit.municipality.name, to: municipalityPath(unit.municipality.id) },
    { label: unit.name, to: unitPath(unit.id) },
    { label: t('book.title'), to: `${unitPath(unit.id)}/book` },
  ];

  if (booked) return <Confirmation booking={booked} trail={trail} />;
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg">
        {t('book.title')}
      </Heading>
      <Loaded state={hours} loadingLabel={t('book.loading')}>
        {(data) => {
          const hour = slot ? data.hours.find((h) => h.id === slot.consultationHourId) : undefined;
          const freeSlots = data.freeSlots.filter((s) => !gone.includes(slotKey(s)));
          const free = slot
            ? freeSlots.find((s) => s.consultationHourId === slot.consultationHourId && s.date === slot.date && s.start === slot.start)
            : undefined;
          if (!slot || !hour || !free) {
            return (
              <>
                {/* Without a slot in the address (the start page's "Book" and the menu) there is nothing to warn about. */}
                {(asked || taken) && (
                  <Alert data-color="warning" role={taken ? 'alert' : undefined}>
                    <Paragraph>{taken ?? (slot && hour ? t('book.slotGone') : t('book.slotInvalid'))}</Paragraph>
                  </Alert>
                )}
                <Heading level={2} data-size="sm">
                  {asked || taken ? t('book.pickAnother') : t('book.pick')}
                </Heading>
                {freeSlots.length === 0 ? (
                  <Paragraph>{t('hours.noFree')}</Paragraph>
                ) : (
                  <FreeSlotList unitId={unit.id} slots={freeSlots.slice(0, 10)} />
                )}
                <Paragraph>
                  <RouterLink to={unitPath(unit.id)}>{t('book.backToUnit', { unit: unit.name })}</RouterLink>
                </Paragraph>
              </>
            );
          }
          return (
            <BookingForm
              slot={{ ...slot, end: free.end }}
              hour={hour}
              onBooked={setBooked}
              onTaken={(message) => {
                setTaken(message);
                setGone((previous) => [...previous, slotKey(slot)]);
              }}
            />
          );
        }}
      </Loaded>
    </>
  );
}

const slotKey = (slot: Slot) => `${slot.consultationHourId}:${slot.date}:${slot.start}`;

function Confirmation({ booking, trail }: { booking: Booking; trail: { label: string; to: string }[] }) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('book.confirmed.title'));
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="focus-target">
        {t('book.confirmed.title')}
      </Heading>
      <Alert data-color="success">
        <Paragraph>
          {t('book.confirmed.text', {
            date: format.date(booking.date),
            start: booking.start,
            end: booking.end,
            contact: `${booking.contact.givenName} ${booking.contact.familyName}`,
            unit: booking.unit.name,
          })}
        </Paragraph>
      </Alert>
      <dl className="facts facts--summary">
        <dt>{t('book.topic')}</dt>
        <dd>{t(`concernCategory.${booking.topic}`, { ns: 'common' })}</dd>
        <dt>{t('book.purpose')}</dt>
        <dd>{booking.purpose}</dd>
      </dl>
      <Paragraph>
        <RouterLink to={bookingsPath}>{t('book.confirmed.mine')}</RouterLink>
      </Paragraph>
    </>
  );
}
