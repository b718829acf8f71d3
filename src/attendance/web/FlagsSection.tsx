import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { attendanceCaseSchema } from '../case-schema.ts';
import { flagSchema, handleFlagSchema, type Flag, type HandleFlagRequest } from '../schema.ts';
import { api, casePath } from './paths.ts';
import { useFlagFigures } from './use-flag-figures.ts';

/** The school's flags, open first and by the date the guideline's meeting is due; each names the rule and its figures. */
export function FlagsSection({ unitId, flags, canHandle }: { unitId: string; flags: Flag[]; canHandle: boolean }) {
  const { t } = useTranslation('attendance');
  return (
    <section aria-labelledby="attendance-flags">
      <Heading level={2} data-size="sm" id="attendance-flags">
        {t('flags.heading')}
      </Heading>
      {flags.length === 0 ? (
        <Paragraph>{t('flags.none')}</Paragraph>
      ) : (
        <div className="attendance-scroll">
          <Table aria-labelledby="attendance-flags" data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('flags.pupil')}</Table.HeaderCell>
                <Table.HeaderCell>{t('flags.figure')}</Table.HeaderCell>
                <Table.HeaderCell>{t('flags.due')}</Table.HeaderCell>
                <Table.HeaderCell>{t('flags.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {flags.map((flag) => (
                <FlagRow key={flag.id} unitId={unitId} initial={flag} canHandle={canHandle} />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}

function FlagRow({ unitId, initial, canHandle }: { unitId: string; initial: Flag; canHandle: boolean }) {
  const { t } = useTranslation('attendance');
  const format = useDateFormat();
  const [flag, setFlag] = useState(initial);
  const figures = useFlagFigures()(flag);
  return (
    <Table.Row>
      <Table.Cell>
        {flag.pupilName}
        {flag.groupName ? ` (${flag.groupName})` : ''}
      </Table.Cell>
      <Table.Cell>{figures}</Table.Cell>
      <Table.Cell>{flag.dueOn ? format.date(flag.dueOn) : t('flags.noDue')}</Table.Cell>
      <Table.Cell>
        {flag.status === 'open' ? (
          <>
            <Tag data-color="warning" data-size="sm">
              {t('flags.open')}
            </Tag>
            {canHandle && <CaseLink unitId={unitId} flag={flag} />}
            {canHandle && !flag.caseId && <HandleForm unitId={unitId} flag={flag} onHandled={setFlag} />}
          </>
        ) : flag.handledNote === null ? (
          <Paragraph data-size="sm">{t('flags.inCase')}</Paragraph>
        ) : (
          <Paragraph data-size="sm">{t('flags.handledNote', { note: flag.handledNote })}</Paragraph>
        )}
      </Table.Cell>
    </Table.Row>
  );
}

/** The flag's case: a link when it has one, else a button that opens one (or joins the pupil's open case) and goes there. */
function CaseLink({ unitId, flag }: { unitId: string; flag: Flag }) {
  const { t } = useTranslation('attendance');
  const navigate = useNavigate();
  const open = useSubmit({
    send: async () => {
      const opened = await sendJson('POST', api.openCase(unitId, flag.id), {}, attendanceCaseSchema);
      await navigate(casePath(opened.id));
    },
    ns: 'attendance',
    failed: (reason) => t('flags.failed', { reason }),
  });
  if (flag.caseId) {
    return (
      <Paragraph data-size="sm">
        <RouterLink to={casePath(flag.caseId)} aria-label={`${t('flags.goToCase')}: ${flag.pupilName}`}>
          {t('flags.goToCase')}
        </RouterLink>
      </Paragraph>
    );
  }
  return (
    <form ref={open.formRef} onSubmit={open.handle()} className="attendance-handle">
      <FormAlert submit={open} />
      {/* The pupil in the name: a screen reader's list of buttons otherwise says "Open case" for every row. */}
      <Button type="submit" data-size="sm" aria-disabled={open.busy || undefined} aria-label={`${t('flags.openCase')}: ${flag.pupilName}`}>
        {t('flags.openCase')}
      </Button>
    </form>
  );
}

function HandleForm({ unitId, flag, onHandled }: { unitId: string; flag: Flag; onHandled: (flag: Flag) => void }) {
  const { t } = useTranslation('attendance');
  const form = useSchemaForm(handleFlagSchema, { note: '' });
  const handle = useSubmit({
    send: async (values: HandleFlagRequest) => onHandled(await sendJson('POST', api.handle(unitId, flag.id), values, flagSchema)),
    ns: 'attendance',
    failed: (reason) => t('flags.failed', { reason }),
  });
  const error = form.formState.errors.note;
  return (
    <form ref={handle.formRef} onSubmit={handle.handle(form)} noValidate className="attendance-handle">
      <Textfield {...form.register('note')} label={`${t('flags.note')}: ${flag.pupilName}`} autoComplete="off" error={error && t('flags.missingNote')} />
      <FormAlert submit={handle} />
      <Button type="submit" data-size="sm" variant="secondary" aria-disabled={handle.busy || undefined}>
        {t('flags.handle')}
      </Button>
    </form>
  );
}
