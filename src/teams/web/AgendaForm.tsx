import { Button, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { AnonymityWarnings } from '../../anonymity/web/AnonymityWarnings.tsx';
import { IdentifyingFindings } from '../../anonymity/web/IdentifyingFindings.tsx';
import type { Finding } from '../../anonymity/web/identifying.ts';
import { useWarningConfirmation } from '../../anonymity/web/use-warning-confirmation.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { useCounter } from '../../kernel/ui/use-counter.ts';
import { agendaItemKindSchema, agendaItemRequestSchema, agendaItemSchema, identifyingErrorSchema } from '../schema.ts';
import { api } from './paths.ts';
import { teamRefusal } from './team-issues.ts';

type Kind = (typeof agendaItemKindSchema.options)[number];

/** What the form holds: the kind and the text, checked by the server's own rules for them. */
const agendaFormSchema = agendaItemRequestSchema.pick({ kind: true, text: true });
type AgendaForm = z.output<typeof agendaFormSchema>;

/** The warning's confirmation covers this kind with this text: a theme and a case are checked differently. */
const checkedKey = ({ kind, text }: AgendaForm) => `${kind}:${text}`;

/** Adding a theme or an anonymous case to the agenda; the text is checked for anything identifying. */
export function AgendaForm({ unitId, meetingId, onAdded }: { unitId: string; meetingId: string; onAdded: (item: { id: string; kind: Kind; text: string }) => void }) {
  const { t } = useTranslation('teams');
  const counter = useCounter();
  const form = useSchemaForm(agendaFormSchema, { kind: 'theme', text: '' });
  const [identifying, setIdentifying] = useState<{ text: string; findings: Finding[] } | null>(null);
  const confirmation = useWarningConfirmation();
  const [status, setStatus] = useState('');
  const add = useSubmit({
    send: async (item: AgendaForm, idempotencyKey: string) => {
      const request = { ...item, anonymityConfirmed: confirmation.confirmedFor(checkedKey(item)), idempotencyKey };
      onAdded(await sendJson('POST', api.agendaItems(unitId, meetingId), request, agendaItemSchema));
      confirmation.clear();
      form.reset({ kind: item.kind, text: '' });
      setStatus(t('agendaForm.added'));
    },
    ns: 'teams',
    failed: (reason) => t('failed', { reason }),
    refused: (error, errorText) => {
      const item = { kind: form.getValues('kind'), text: form.getValues('text').trim() };
      if (error.code === 'identifying_text') {
        setIdentifying({ text: item.text, findings: identifyingErrorSchema.safeParse(error.body).data?.findings ?? [] });
        form.setError('text', { type: 'server', message: t('identifying.title', { ns: 'anonymity' }) });
        return true;
      }
      if (error.code === 'needs_confirmation') {
        confirmation.warn(checkedKey(item), [{ text: item.text, findings: identifyingErrorSchema.safeParse(error.body).data?.warnings ?? [] }]);
        form.setError('text', { type: 'server', message: t('warnings.title', { ns: 'anonymity' }) });
        return true;
      }
      return teamRefusal(error.code, error.body, t, errorText).message;
    },
  });
  const kind = form.watch('kind');
  const textError = form.formState.errors.text;
  // An empty text has its own sentence; any other break of the server's rule for the text says the rule.
  const textMessage =
    textError && (textError.type === 'too_small' ? t('agendaForm.missing') : textError.type === 'server' ? textError.message : add.errorText(textError.message ?? 'unknown'));
  const textField = form.register('text');

  return (
    <form
      ref={add.formRef}
      className="team-form"
      onSubmit={(event) => {
        event.preventDefault();
        add.setFailure('');
        setStatus('');
        // The warning's box is the one check no schema can make: the writer ticks it for the very text warned about.
        void form.handleSubmit((item) => {
          setIdentifying(null);
          if (confirmation.blocks(checkedKey(item))) return add.showErrors();
          void add.submit(item);
        }, add.showErrors)(event);
      }}
      noValidate
    >
      <Fieldset>
        <Fieldset.Legend>{t('agendaForm.legend')}</Fieldset.Legend>
        <Fieldset>
          <Fieldset.Legend>{t('agendaForm.kind')}</Fieldset.Legend>
          {agendaItemKindSchema.options.map((value) => (
            <Radio
              key={value}
              name="agenda-kind"
              value={value}
              label={t(`kind.${value}`)}
              description={value === 'theme' ? t('agendaForm.themeHint') : t('agendaForm.caseHint')}
              checked={kind === value}
              onChange={() => {
                form.setValue('kind', value);
                setIdentifying(null);
                form.clearErrors('text');
              }}
            />
          ))}
        </Fieldset>
        <Textfield
          {...textField}
          multiline
          rows={3}
          label={t('agendaForm.text')}
          autoComplete="off"
          counter={counter(agendaItemRequestSchema.shape.text)}
          error={textMessage}
          onChange={(event) => {
            void textField.onChange(event);
            // The complaint goes as the text changes, except a refusal, whose findings stay marked until sent again.
            if (textError && !identifying) form.clearErrors('text');
          }}
        />
      </Fieldset>
      <FormAlert submit={add}>
        {identifying && <IdentifyingFindings texts={[identifying]} headingLevel={3} />}
        <AnonymityWarnings confirmation={confirmation} headingLevel={3} />
      </FormAlert>
      <p role="status" className="team-status">
        {status}
      </p>
      <Button type="submit">{t('agendaForm.submit')}</Button>
    </form>
  );
}
