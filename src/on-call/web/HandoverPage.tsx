import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { callSchema, handoverSchema, idParamsSchema, type Call, type Handover } from '../schema.ts';
import { api, callPath } from './paths.ts';

/** Intake's morning handover: the night's calls about the municipality that need follow-up, each to take over. */
export function HandoverPage() {
  const { t } = useTranslation('onCall');
  usePageTitle(t('handover.title'));
  const { unitId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const handover = useApi(valid ? api.handover(unitId) : null, handoverSchema);
  if (!valid) return <NotFound />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('handover.title')}
      </Heading>
      <Loaded state={handover} loadingLabel={t('handover.loading')}>
        {(data) => <HandoverList handover={data} />}
      </Loaded>
    </>
  );
}

function HandoverList({ handover }: { handover: Handover }) {
  const { t } = useTranslation('onCall');
  const format = useDateFormat();
  const [status, setStatus] = useState('');
  return (
    <>
      <Paragraph className="lead">{t('handover.lead', { municipality: handover.municipality.name, date: format.date(handover.date) })}</Paragraph>
      <p role="status">{status}</p>
      {handover.calls.length === 0 ? (
        <Paragraph>{t('handover.empty')}</Paragraph>
      ) : (
        <ul className="on-call-handover">
          {handover.calls.map((call) => (
            <li key={call.id}>
              <HandoverCall initial={call} onTaken={(c) => setStatus(t('handover.takenOver', { time: format.dateTime(c.receivedAt) }))} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function HandoverCall({ initial, onTaken }: { initial: Call; onTaken: (call: Call) => void }) {
  const { t } = useTranslation('onCall');
  const { t: common } = useTranslation();
  const format = useDateFormat();
  const [call, setCall] = useState(initial);
  const time = format.dateTime(call.receivedAt);
  const takeOver = useSubmit({
    send: async (version: number) => {
      const taken = await sendJson('POST', api.takeOver(call.id), { version }, callSchema);
      setCall(taken);
      onTaken(taken);
    },
    ns: 'onCall',
    failed: (reason) => t('handover.failed', { reason }),
  });
  return (
    <Card data-color={call.handoverState === 'overdue' ? 'danger' : 'neutral'}>
      <Heading level={2} data-size="xs">
        <RouterLink to={callPath(call.id)}>{t('call.title', { time })}</RouterLink>
      </Heading>
      <Paragraph>
        {t(`caller.${call.caller}`)} · {common(`concernCategory.${call.category}`)} · {call.responses.map((r) => t(`response.${r}`)).join(', ')} ·{' '}
        {t('call.placement')}: {t(`placement.${call.placement}`)}
      </Paragraph>
      <Paragraph className="on-call-summary">{call.summary}</Paragraph>
      <Tag data-color={call.handoverState === 'overdue' ? 'danger' : call.handoverState === 'taken_over' ? 'success' : 'info'}>{t(`handoverState.${call.handoverState}`)}</Tag>
      {call.takenOverBy && call.takenOverAt && (
        <Paragraph data-size="sm">{t('call.takenOverBy', { name: `${call.takenOverBy.givenName} ${call.takenOverBy.familyName}`, time: format.dateTime(call.takenOverAt) })}</Paragraph>
      )}
      {!call.takenOverAt && (
        <>
          <FormAlert submit={takeOver} />
          <div>
            <Button aria-label={t('handover.takeOverLabel', { time })} aria-disabled={takeOver.busy || undefined} onClick={() => void takeOver.submit(call.version)}>
              {t('handover.takeOver')}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
