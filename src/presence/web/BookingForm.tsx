import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import { CONCERN_CATEGORIES } from '../../kernel/concern-categories/categories.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { bookingRequestSchema, identifyingErrorSchema, type Booking, type ConsultationHour } from '../schema.ts';
import { IdentifyingPurposeError, postBooking } from './book-request.ts';
import type { parseSlotParam } from './paths.ts';
import { ConcernCategoryOptions } from '../../kernel/ui/ConcernCategoryOptions.tsx';

type Slot = NonNullable<ReturnType<typeof parseSlotParam>>;

/** What the form holds: the topic and the purpose, checked by the server's own rules for them. */
const bookingFormSchema = bookingRequestSchema.pick({ topic: true, purpose: true });
type BookingForm = z.output<typeof bookingFormSchema>;

/** Step 2 of booking: the slot chosen, the topic and the purpose, which must not identify a child. */
export function BookingForm({
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
  const format = useDateFormat();
  const form = useSchemaForm(bookingFormSchema, { topic: CONCERN_CATEGORIES[0], purpose: '' });
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();
  const submit = useSubmit({
    send: async ({ topic, purpose }: BookingForm, idempotencyKey: string) => {
      const anonymityConfirmed = confirmation.confirmedFor(purpose);
      const { consultationHourId, date, start } = slot;
      onBooked(await postBooking({ consultationHourId, date, start, topic, purpose, anonymityConfirmed, idempotencyKey }));
    },
    ns: 'presence',
    failed: (reason) => t('book.failed', { reason }),
    refused: (error, errorText) => {
      const purpose = form.getValues('purpose').trim();
      if (error instanceof IdentifyingPurposeError) {
        setIdentifying({ text: purpose, findings: error.findings });
        form.setError('purpose', { type: 'server', message: errorText('identifying_purpose') });
        return true;
      }
      if (error.code === 'needs_confirmation') {
        confirmation.warn(purpose, [{ text: purpose, findings: identifyingErrorSchema.safeParse(error.body).data?.warnings ?? [] }]);
        form.setError('purpose', { type: 'server', message: errorText('needs_confirmation') });
        return true;
      }
      if (error.code !== 'slot_taken' && error.code !== 'slot_started') return undefined;
      onTaken(errorText(error.code));
      return true;
    },
  });
  const purposeError = form.formState.errors.purpose;
  // An empty purpose has its own sentence; any other break of the server's rule for the text says the rule.
  const purposeText =
    purposeError && (purposeError.type === 'too_small' ? t('book.purposeMissing') : purposeError.type === 'server' ? purposeError.message : submit.errorText(purposeError.message ?? 'unknown'));
  const purposeField = form.register('purpose');

  return (
    <form
      ref={submit.formRef}
      className="booking-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit.setFailure('');
        // The warning's box is the one check no schema can make: the writer ticks it for the very text warned about.
        void form.handleSubmit((checked) => {
          setIdentifying(null);
          if (confirmation.blocks(checked.purpose)) return submit.showErrors();
          void submit.submit(checked);
        }, submit.showErrors)(event);
      }}
      noValidate
    >
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
        <Select width="auto" {...form.register('topic')}>
          <ConcernCategoryOptions />
        </Select>
      </Field>
      <Textfield
        {...purposeField}
        multiline
        rows={4}
        label={t('book.purpose')}
        description={t('book.purposeHint')}
        autoComplete="off"
        counter={counter(bookingRequestSchema.shape.purpose)}
        error={purposeText}
        onChange={(event) => {
          void purposeField.onChange(event);
          // The complaint goes as the text changes, except a refusal, whose findings stay marked until sent again.
          if (purposeError && !identifying) form.clearErrors('purpose');
        }}
      />
      <FormAlert submit={submit}>
        {identifying && <IdentifyingFindings texts={[identifying]} />}
        <AnonymityWarnings confirmation={confirmation} />
      </FormAlert>
      <Button type="submit">{t('book.submit')}</Button>
    </form>
  );
}
