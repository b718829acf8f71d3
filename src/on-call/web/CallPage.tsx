import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { callSchema, idParamsSchema, type Call } from '../schema.ts';
import { LinkChildForm } from './LinkChildForm.tsx';
import { api, nightPath } from './paths.ts';

/** One call: what came in, what was done, the county tribunal's clock after a placement, and its handover. */
export function CallPage() {
  const { t } = useTranslation('onCall');
  const { callId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: callId }).success;
  const call = useApi(valid ? api.call(callId) : null, callSchema);
  if (!valid) return <NotFound />;
  return (
    <Loaded state={call} loadingLabel={t('call.loading')}>
      {(data) => <CallView initial={data} />}
    </Loaded>
  );
}

function CallView({ initial }: { initial: Call }) {
  const [call, setCall] = useState(initial);
  const canLog = useCan('on_call.log');
  const { t } = useTranslation('onCall');
  const { t: common } = useTranslation();
  const format = useDateFormat();
  const title = t('call.title', { time: format.dateTime(call.receivedAt) });
  usePageTitle(title);
  const facts: [string, string][] = [
    [t('call.municipality'), call.municipality.name],
    [t('call.received'), format.dateTime(call.receivedAt)],
    [t('call.caller'), t(`caller.${call.caller}`)],
    [t('call.category'), common(`concernCategory.${call.category}`)],
    [t('call.responses'), call.responses.map((r) => t(`response.${r}`)).join(', ')],
    [t('call.placement'), t(`placement.${call.placement}`)],
    [t('call.minutesSpent'), t('call.minutes', { count: call.minutesSpent })],
    [t('call.workers'), call.workers.map((w) => `${w.givenName} ${w.familyName}`).join(', ')],
    [t('call.summary'), call.summary],
    [t('call.handover'), handoverText(call)],
  ];
  return (
    <>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {call.tribunal && <TribunalClock tribunal={call.tribunal} />}
      <dl className="on-call-facts">
        {facts.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {call.childLinked ? <Paragraph>{t('call.childLinked')}</Paragraph> : canLog && <LinkChildForm call={call} onLinked={setCall} />}
      <Paragraph>
        <RouterLink to={nightPath(call.unitId, call.onCallDay)}>{t('call.back')}</RouterLink>
      </Paragraph>
    </>
  );

  function handoverText(c: Call): string {
    const state = t(`handoverState.${c.handoverState}`);
    const base = c.handoverDate ? t('call.handoverOn', { state, date: format.date(c.handoverDate) }) : state;
    if (!c.takenOverBy || !c.takenOverAt) return base;
    return `${base}. ${t('call.takenOverBy', { name: `${c.takenOverBy.givenName} ${c.takenOverBy.familyName}`, time: format.dateTime(c.takenOverAt) })}`;
  }
}

function TribunalClock({ tribunal }: { tribunal: NonNullable<Call['tribunal']> }) {
  const { t } = useTranslation('onCall');
  const format = useDateFormat();
  const passed = tribunal.minutesLeft < 0;
  return (
    <Alert data-color={passed ? 'danger' : 'warning'}>
      <Heading level={2} data-size="xs">
        {t('call.tribunal')}
      </Heading>
      <Paragraph>{t('call.tribunalDue', { deadline: format.dateTime(tribunal.deadline), hours: tribunal.hours })}</Paragraph>
      <Paragraph>
        {passed ? t('call.tribunalPassed') : t('call.tribunalLeft', { hours: Math.floor(tribunal.minutesLeft / 60), minutes: tribunal.minutesLeft % 60 })}
      </Paragraph>
      <Paragraph data-size="sm">{t('call.tribunalSource', { source: tribunal.source })}</Paragraph>
    </Alert>
  );
}
