import { Button, Checkbox, Fieldset, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { z } from 'zod';
import { ApiRequestError, getJson, sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { idParamsSchema, planSchema, violationSchema, type Plan, type PlanShift } from '../plan-schema.ts';
import { Explanation, Figures, Refusal, Violations } from './PlanFindings.tsx';
import { api, rotaPath } from './paths.ts';
import { lastDay } from './RotaPage.tsx';
import { shiftTime } from './shift-time.ts';

const POLL_MS = 1_000;
const refusalSchema = z.object({ violations: z.array(violationSchema) });

/** One plan: the solver's progress while it runs, then its shifts, what it breaks, edits, publishing and swaps. */
export function PlanPage() {
  const { t } = useTranslation('rota');
  const { planId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: planId }).success;
  const state = useApi(valid ? api.plan(planId) : null, planSchema);
  usePageTitle(t('plan.pdfTitle'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={state} loadingLabel={t('plan.loading')}>
      {(plan) => <PlanView key={plan.id} initial={plan} />}
    </Loaded>
  );
}

function PlanView({ initial }: { initial: Plan }) {
  const { t, i18n } = useTranslation('rota');
  const format = useDateFormat();
  const [plan, setPlan] = useState(initial);
  const solving = plan.state === 'solving';
  usePageTitle(t('plan.title', { from: format.date(plan.from), to: format.date(lastDay(plan.from, plan.weeks)) }));

  useEffect(() => {
    if (!solving) return;
    const timer = setInterval(() => {
      getJson(api.plan(plan.id), planSchema).then(setPlan, () => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [solving, plan.id]);

  return (
    <>
      <Paragraph>
        <RouterLink to={rotaPath(plan.unit.id)}>{t('plan.back', { unit: plan.unit.name })}</RouterLink>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('plan.title', { from: format.date(plan.from), to: format.date(lastDay(plan.from, plan.weeks)) })}
      </Heading>
      <Paragraph>
        <Tag data-color={plan.state === 'published' ? 'success' : 'neutral'}>{t(`state.${plan.state}`)}</Tag>{' '}
        {plan.publishedAt && t('plan.published', { at: format.dateTime(plan.publishedAt) })}
      </Paragraph>
      {solving && <Progress plan={plan} onStopped={setPlan} />}
      {plan.state === 'failed' && <Paragraph>{t('plan.failedState')}</Paragraph>}
      {plan.outcome && <Paragraph>{t(`plan.outcome.${plan.outcome.status}`)}</Paragraph>}
      {plan.outcome?.explanation && plan.outcome.explanation.uncovered.length > 0 && <Explanation plan={plan} explanation={plan.outcome.explanation} />}
      {!solving && plan.state !== 'failed' && (
        <>
          <Violations plan={plan} violations={plan.violations} heading={t('plan.violationsHeading')} />
          {plan.outcome && <Figures figures={plan.outcome.figures} />}
          {plan.mayPlan && plan.state === 'draft' && <Publish plan={plan} onPublished={setPlan} />}
          <Paragraph>
            <Link href={api.pdf(plan.id, i18n.resolvedLanguage ?? 'nb')} download>
              {t('plan.pdf')}
            </Link>
          </Paragraph>
          <Shifts plan={plan} onChanged={setPlan} />
          {plan.mayPlan && <Swaps plan={plan} onDecided={setPlan} />}
        </>
      )}
    </>
  );
}

function Progress({ plan, onStopped }: { plan: Plan; onStopped: (plan: Plan) => void }) {
  const { t } = useTranslation('rota');
  const number = useNumberFormat({ maximumFractionDigits: 1 });
  const p = plan.progress;
  const stop = useSubmit({
    send: async () => onStopped(await sendJson('POST', api.stop(plan.id), {}, planSchema)),
    ns: 'rota',
    failed: (reason) => t('plan.stopFailed', { reason }),
  });
  return (
    <section aria-labelledby="rota-progress" className="rota-progress">
      <Heading level={2} data-size="md" id="rota-progress">
        {t('plan.progressHeading')}
      </Heading>
      {p === null ? (
        <Paragraph>{t('plan.starting')}</Paragraph>
      ) : (
        <>
          {!p.legal && <Paragraph>{t('plan.illegalSoFar')}</Paragraph>}
          <Paragraph>
            {p.bound === null
              ? t('plan.progressNoBound', { score: number(p.score), seconds: number(p.seconds) })
              : t('plan.progress', { score: number(p.score), bound: number(p.bound), seconds: number(p.seconds) })}
          </Paragraph>
          {p.gap !== null && (
            <>
              <label htmlFor="rota-gap">{t('plan.gap', { gap: number(p.gap * 100) })}</label>
              <progress id="rota-gap" max={1} value={Math.max(0, 1 - Math.min(1, p.gap))} />
            </>
          )}
        </>
      )}
      {plan.mayPlan && (
        <>
          <FormAlert submit={stop} />
          <Button variant="secondary" onClick={() => void stop.submit(undefined)} aria-disabled={stop.busy || undefined}>
            {t('plan.stop')}
          </Button>
        </>
      )}
    </section>
  );
}

function Publish({ plan, onPublished }: { plan: Plan; onPublished: (plan: Plan) => void }) {
  const { t } = useTranslation('rota');
  const publish = useSubmit({
    send: async () => onPublished(await sendJson('POST', api.publish(plan.id), { version: plan.version }, planSchema)),
    ns: 'rota',
    failed: (reason) => t('plan.publishFailed', { reason }),
  });
  if (plan.violations.length > 0) return <Paragraph>{t('plan.notPublishable')}</Paragraph>;
  return (
    <div className="rota-actions">
      <FormAlert submit={publish} />
      <Button onClick={() => void publish.submit(undefined)} aria-disabled={publish.busy || undefined}>
        {t('plan.publish')}
      </Button>
    </div>
  );
}

function Shifts({ plan, onChanged }: { plan: Plan; onChanged: (plan: Plan) => void }) {
  const { t } = useTranslation('rota');
  const format = useDateFormat();
  const [editing, setEditing] = useState<PlanShift | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const names = new Map(plan.staff.map((s) => [s.id, `${s.givenName} ${s.familyName}`]));
  const editable = plan.mayPlan && (plan.state === 'draft' || plan.state === 'published');
  return (
    <section aria-labelledby="rota-shifts">
      <Heading level={2} data-size="md" id="rota-shifts" ref={headingRef} tabIndex={-1}>
        {t('plan.rotaHeading')}
      </Heading>
      <p role="status" className="rota-status">
        {status}
      </p>
      {editing && (
        <EditShift
          key={editing.id}
          plan={plan}
          shift={editing}
          onCancel={() => setEditing(null)}
          onSaved={(next) => {
            onChanged(next);
            setEditing(null);
            setStatus(t('plan.editSaved', { shift: editing.name, date: format.date(editing.date) }));
            headingRef.current?.focus();
          }}
        />
      )}
      <Table aria-labelledby="rota-shifts" data-size="sm" zebra className="rota-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('plan.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('plan.shift')}</Table.HeaderCell>
            <Table.HeaderCell>{t('plan.time')}</Table.HeaderCell>
            <Table.HeaderCell>{t('plan.staff')}</Table.HeaderCell>
            {editable && (
              <Table.HeaderCell>
                <span className="ds-sr-only">{t('plan.actions')}</span>
              </Table.HeaderCell>
            )}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {plan.shifts.map((shift) => (
            <Table.Row key={shift.id}>
              <Table.Cell>{format.date(shift.date)}</Table.Cell>
              <Table.Cell>{shift.name}</Table.Cell>
              <Table.Cell>{shiftTime(shift)}</Table.Cell>
              <Table.Cell>{shift.staff.map((id) => names.get(id)).join(', ') || t('plan.nobody')}</Table.Cell>
              {editable && (
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" onClick={() => (setStatus(''), setEditing(shift))}>
                    {t('plan.edit', { shift: shift.name, date: format.date(shift.date) })}
                  </Button>
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

function EditShift({ plan, shift, onSaved, onCancel }: { plan: Plan; shift: PlanShift; onSaved: (plan: Plan) => void; onCancel: () => void }) {
  const { t } = useTranslation('rota');
  const format = useDateFormat();
  const [chosen, setChosen] = useState<string[]>(shift.staff);
  const [refusal, setRefusal] = useState<z.infer<typeof refusalSchema>['violations']>([]);
  const submit = useSubmit({
    send: async (staff: string[]) => {
      setRefusal([]);
      onSaved(await sendJson('PUT', api.shift(plan.id, shift.id), { staff, version: plan.version }, planSchema));
    },
    ns: 'rota',
    failed: (reason) => t('plan.editFailed', { reason }),
    refused: (error: ApiRequestError) => {
      const parsed = refusalSchema.safeParse(error.body);
      if (!parsed.success) return undefined;
      setRefusal(parsed.data.violations);
      return true;
    },
  });
  const label = { shift: shift.name, date: format.date(shift.date) };
  return (
    <form
      ref={submit.formRef}
      className="rota-form rota-edit"
      aria-labelledby="rota-edit-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit.submit(chosen);
      }}
    >
      <Fieldset>
        <Fieldset.Legend>
          <span id="rota-edit-heading">{t('plan.editHeading', label)}</span>
        </Fieldset.Legend>
        {plan.staff.map((person, index) => (
          <Checkbox
            key={person.id}
            autoFocus={index === 0}
            label={`${person.givenName} ${person.familyName}${person.experienced ? ` (${t('plan.experiencedMark')})` : ''}`}
            checked={chosen.includes(person.id)}
            onChange={(event) => setChosen((list) => (event.target.checked ? [...list, person.id] : list.filter((id) => id !== person.id)))}
          />
        ))}
      </Fieldset>
      <FormAlert submit={submit}>{refusal.length > 0 && <Refusal plan={plan} violations={refusal} />}</FormAlert>
      <div className="rota-actions">
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {t('plan.editSave')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('plan.editCancel')}
        </Button>
      </div>
    </form>
  );
}

function Swaps({ plan, onDecided }: { plan: Plan; onDecided: (plan: Plan) => void }) {
  const { t } = useTranslation('rota');
  const format = useDateFormat();
  const decide = useSubmit({
    send: async ({ id, approve, version }: { id: string; approve: boolean; version: number }) => onDecided(await sendJson('POST', api.decision(id), { approve, version }, planSchema)),
    ns: 'rota',
    failed: (reason) => t('plan.swapFailed', { reason }),
  });
  return (
    <section aria-labelledby="rota-swaps">
      <Heading level={2} data-size="md" id="rota-swaps">
        {t('plan.swapsHeading')}
      </Heading>
      <FormAlert submit={decide} />
      {plan.swaps.length === 0 ? (
        <Paragraph>{t('plan.noSwaps')}</Paragraph>
      ) : (
        <ul className="rota-swaps">
          {plan.swaps.map((swap) => {
            return (
              <li key={swap.id}>
                {t('plan.swap', { shift: swap.shiftName, date: format.date(swap.date), from: `${swap.from.givenName} ${swap.from.familyName}`, to: `${swap.to.givenName} ${swap.to.familyName}` })}{' '}
                <Tag data-size="sm">{t(`plan.swapState.${swap.state}`)}</Tag>
                {swap.state === 'requested' && (
                  <span className="rota-actions">
                    <Button data-size="sm" onClick={() => void decide.submit({ id: swap.id, approve: true, version: swap.version })}>
                      {t('plan.approve')}
                    </Button>
                    <Button data-size="sm" variant="secondary" onClick={() => void decide.submit({ id: swap.id, approve: false, version: swap.version })}>
                      {t('plan.refuse')}
                    </Button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
