import { Alert, Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ApiRequestError, errorMessageKey } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { CONCERN_CATEGORIES } from '../../kernel/concern-categories/categories.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema, type UnitDetail } from '../../organisation/schema.ts';
import { municipalityPath, api as organisationApi, overviewPath, unitPath } from '../../organisation/web/paths.ts';
import { bookingRequestSchema, consultationHoursSchema, identifyingErrorSchema, type Booking, type BookingTopic, type ConsultationHour } from '../schema.ts';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { IdentifyingPurposeError, postBooking } from './book-request.ts';
import { FreeSlotList } from './ConsultationHoursSection.tsx';
import { api, bookingsPath, parseSlotParam } from './paths.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';

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

function BookingForm({
  slot,
  hour,
  onBooked,
  onTaken,
}: {
  slot: Slot & { end: string };
  hour: ConsultationHour;
  onBooked: (booking: Booking) => void;
  onTaken: (message: string) => void;
}) {
  const { t } = useTranslation('presence');
  const counter = useCounter();
  const { t: tc } = useTranslation();
  const format = useDateFormat();
  // One key per form: a double click or a retry books one slot, not two.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const busy = useRef(false);
  const field = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const [topic, setTopic] = useState<BookingTopic>(CONCERN_CATEGORIES[0]);
  const [purpose, setPurpose] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [failure, setFailure] = useState('');
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    setFailure('');
    if (purpose.trim().length === 0) {
      setInvalid(t('book.purposeMissing'));
      field.current?.focus();
      return;
    }
    // The server's own rule for the text (length, characters), checked here first so the answer is at the field.
    const checked = bookingRequestSchema.shape.purpose.safeParse(purpose);
    if (!checked.success) {
      setInvalid(tc(errorMessageKey(checked.error.issues[0]?.message ?? 'unknown')));
      field.current?.focus();
      return;
    }
    setInvalid(null);
    setIdentifying(null);
    const sent = purpose.trim();
    if (confirmation.blocks(sent)) return;
    busy.current = true;
    try {
      const booking = await postBooking({
        consultationHourId: slot.consultationHourId,
        date: slot.date,
        start: slot.start,
        topic,
        purpose,
        anonymityConfirmed: confirmation.confirmedFor(sent),
        idempotencyKey,
      });
      onBooked(booking);
    } catch (error) {
      busy.current = false;
      if (error instanceof IdentifyingPurposeError) {
        setIdentifying({ text: purpose.trim(), findings: error.findings });
        setInvalid(tc('errors.identifying_purpose'));
        field.current?.focus();
        return;
      }
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      if (code === 'needs_confirmation' && error instanceof ApiRequestError) {
        confirmation.warn(sent, [{ text: sent, findings: identifyingErrorSchema.safeParse(error.body).data?.warnings ?? [] }]);
        setInvalid(tc('errors.needs_confirmation'));
        field.current?.focus();
        return;
      }
      if (code === 'slot_taken' || code === 'slot_started') {
        onTaken(tc(errorMessageKey(code)));
        return;
      }
      setFailure(t('book.failed', { reason: tc(errorMessageKey(code)) }));
    }
  }

  return (
    <form className="booking-form" onSubmit={(event) => void submit(event)} noValidate>
      <dl className="facts facts--summary">
        <dt>{t('book.slot')}</dt>
        <dd>
          {format.date(slot.date)}, {t('timeRange', { start: slot.start, end: slot.end })}
        </dd>
        <dt>{t('book.contact')}</dt>
        <dd>{`${hour.contact.givenName} ${hour.contact.familyName}`}</dd>
      </dl>
      <Field>
        <Label>{t('book.topic')}</Label>
        <Select width="auto" value={topic} onChange={(event) => setTopic(event.target.value as BookingTopic)}>
          {CONCERN_CATEGORIES.map((value) => (
            <Select.Option key={value} value={value}>
              {t(`concernCategory.${value}`, { ns: 'common' })}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Textfield
        ref={field}
        multiline
        rows={4}
        label={t('book.purpose')}
        description={t('book.purposeHint')}
        autoComplete="off"
        value={purpose}
        counter={counter(bookingRequestSchema.shape.purpose)}
        error={invalid ?? undefined}
        onChange={(event) => {
          setPurpose(event.target.value);
          if (invalid !== null && !identifying) setInvalid(null);
        }}
      />
      <div role="alert" className="form-failure">
        {identifying && <IdentifyingFindings texts={[identifying]} />}
        <AnonymityWarnings confirmation={confirmation} />
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('book.submit')}</Button>
    </form>
  );
}

function Confirmation({ booking, trail }: { booking: Booking; trail: { label: string; to: string }[] }) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('book.confirmed.title'));
  useEffect(() => heading.current?.focus(), []);
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
