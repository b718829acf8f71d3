import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { FREE_WHEN, pupilRequestSchema, requestCreatedSchema, TALK_TOPICS } from '../schema.ts';
import { FREE_WHEN_PICTURES, TOPIC_PICTURES } from './choices.ts';
import { api } from './paths.ts';
import { PictureChoices } from './PictureChoices.tsx';

/** The request as the pupil fills it in: name and class, the rest if they want to say. */
const pupilFormSchema = pupilRequestSchema.pick({ firstName: true, classGroup: true, freeWhen: true, about: true });
type PupilForm = z.output<typeof pupilFormSchema>;
const EMPTY: z.input<typeof pupilFormSchema> = { firstName: '', classGroup: '', freeWhen: null, about: null };

/** The pupil's own request in pupil mode; `onSent` gets the name they gave, for the thanks. */
export function PupilRequestForm({ onSent }: { onSent: (firstName: string) => void }) {
  const { t } = useTranslation('pupilTalks');
  const form = useSchemaForm(pupilFormSchema, EMPTY);
  const submit = useSubmit({
    send: async (request: PupilForm, idempotencyKey: string) => {
      await sendJson('POST', api.pupilModeRequests, { ...request, idempotencyKey }, requestCreatedSchema);
      onSent(request.firstName);
    },
    ns: 'pupilTalks',
    refused: (error) => {
      // Pupil mode ended meanwhile (expired, or ended by staff): the reloaded page says so.
      if (error.code === 'not_found') window.location.reload();
      // A pupil gets one plain sentence whatever went wrong.
      return t('pupil.failed');
    },
  });
  const { errors } = form.formState;
  // The pictured radios are not registered inputs: watching their values re-renders them when chosen.
  const [freeWhen, about] = useWatch({ control: form.control, name: ['freeWhen', 'about'] });

  return (
    <form ref={submit.formRef} className="pupil-mode__form" onSubmit={submit.handle(form)} noValidate>
      <Heading level={1} data-size="xl">
        {t('pupil.title')}
      </Heading>
      <Paragraph data-size="lg">{t('pupil.intro')}</Paragraph>
      <Textfield
        {...form.register('firstName')}
        data-size="lg"
        label={t('pupil.firstName')}
        autoComplete="off"
        maxLength={40}
        error={errors.firstName ? t('pupil.firstNameMissing') : undefined}
      />
      <Textfield
        {...form.register('classGroup')}
        data-size="lg"
        label={t('pupil.classGroup')}
        autoComplete="off"
        maxLength={20}
        error={errors.classGroup ? t('pupil.classGroupMissing') : undefined}
      />
      <PictureChoices
        legend={t('pupil.when')}
        name="free-when"
        values={FREE_WHEN}
        pictures={FREE_WHEN_PICTURES}
        label={(value) => t(`freeWhen.${value}`)}
        chosen={freeWhen ?? null}
        onChoose={(value) => form.setValue('freeWhen', value, { shouldDirty: true })}
      />
      <PictureChoices
        legend={t('pupil.about')}
        name="about"
        values={TALK_TOPICS}
        pictures={TOPIC_PICTURES}
        label={(value) => t(`topic.${value}`)}
        chosen={about ?? null}
        onChoose={(value) => form.setValue('about', value, { shouldDirty: true })}
      />
      <div role="alert" tabIndex={-1} ref={submit.alertRef}>
        {submit.failure && (
          <Alert data-color="danger">
            <Paragraph data-size="lg">{submit.failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Button type="submit" data-size="lg">
        {t('pupil.send')}
      </Button>
    </form>
  );
}
