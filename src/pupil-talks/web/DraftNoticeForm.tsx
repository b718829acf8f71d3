import { Alert, Button, Field, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { languageNames, isUiLanguage } from '../../kernel/i18n/languages.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { formatLocale } from '../../kernel/ui/use-date-format.ts';
import { draftNoticeRequestSchema, NOTICE_LOCALES, talkSchema, type Talk } from '../schema.ts';
import { ChildSelect, type Child } from './ChildSelect.tsx';
import { api } from './paths.ts';

/** What the form holds: the request without the version, which comes from the talk read. */
const draftFormSchema = draftNoticeRequestSchema.omit({ version: true });
type DraftForm = z.output<typeof draftFormSchema>;

/**
 * The notice drafted together with the pupil: linked to the child in the register (so it
 * reaches the right parents), in the family's language, starting from a suggested text that
 * says who the pupil talked to and roughly about what.
 */
export function DraftNoticeForm({ talk, register, onSaved }: { talk: Talk; register: Child[]; onSaved: (talk: Talk) => void }) {
  const { t, i18n } = useTranslation('pupilTalks');
  const counter = useCounter();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm(draftFormSchema, {
    childId: talk.child?.id ?? '',
    locale: talk.notice.locale ?? (isUiLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'nb'),
    text: talk.notice.text ?? '',
  });
  const submit = useSubmit({
    send: async (notice: DraftForm) => {
      onSaved(await sendJson('PUT', api.notice(talk.id), { version: talk.version, ...notice }, talkSchema));
      setSaved(true);
    },
    ns: 'pupilTalks',
    failed: (reason) => t('failed', { reason }),
  });
  const { errors } = form.formState;
  const locale = form.watch('locale');
  // An empty text has its own sentence; a text over the limit says the limit.
  const textError = errors.text && (errors.text.type === 'too_small' ? t('talk.notice.textMissing') : submit.errorText(errors.text.message ?? 'unknown'));

  function suggest() {
    const tf = i18n.getFixedT(locale, 'pupilTalks');
    const child = register.find((c) => c.id === form.getValues('childId'));
    const date = new Intl.DateTimeFormat(formatLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${talk.heldOn}T00:00:00Z`));
    const pupil = child?.givenName ?? talk.request.firstName;
    const contact = `${talk.contact.givenName} ${talk.contact.familyName}`;
    form.setValue('text', tf('draft.text', { pupil, contact, date, topic: tf(`draft.topic.${talk.topic}`) }));
    form.setFocus('text');
  }

  return (
    <form
      ref={submit.formRef}
      className="pupil-talks__form"
      onSubmit={(event) => {
        setSaved(false);
        submit.handle(form)(event);
      }}
      noValidate
    >
      <Paragraph>{t('talk.notice.childHint')}</Paragraph>
      <ChildSelect register={register} value={form.watch('childId')} onChange={(id) => form.setValue('childId', id)} missing={!!errors.childId} />
      <Field>
        <Label>{t('talk.notice.language')}</Label>
        <Select width="auto" {...form.register('locale')}>
          {NOTICE_LOCALES.map((value) => (
            <Select.Option key={value} value={value} lang={value}>
              {languageNames[value]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="button" variant="secondary" onClick={suggest}>
        {t('talk.notice.suggest')}
      </Button>
      <Textfield
        {...form.register('text')}
        multiline
        rows={6}
        lang={locale}
        label={t('talk.notice.text')}
        counter={counter(draftNoticeRequestSchema.shape.text)}
        error={textError}
      />
      {/* One status line for both outcomes. */}
      <div role="status" tabIndex={-1} ref={submit.alertRef}>
        {(saved || submit.failure) && (
          <Alert data-color={saved ? 'success' : 'danger'}>
            <Paragraph>{saved ? t('talk.notice.saved') : submit.failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit">{t('talk.notice.save')}</Button>
    </form>
  );
}
