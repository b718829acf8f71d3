import { Button, Field, Heading, Label, Paragraph, Select, Table, Tag, ValidationMessage } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, getJson, sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { myShiftsSchema, planSchema, refusalSchema, swapSchema, type MyShifts, type PlanViolation } from '../plan-schema.ts';
import { Refusal } from './PlanFindings.tsx';
import { api, rotaPath } from './paths.ts';
import { shiftTime } from './shift-time.ts';

type MyShift = MyShifts['shifts'][number];

/** A worker's own shifts in published rotas, a swap to ask for on each, and their swaps. */
export function MyShiftsPage() {
  const { t } = useTranslation('rota');
  usePageTitle(t('mine.title'));
  const state = useApi(api.mine, myShiftsSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('mine.title')}
      </Heading>
      <Loaded state={state} loadingLabel={t('mine.loading')}>
        {(mine) => <Mine initial={mine} />}
      </Loaded>
    </>
  );
}

function Mine({ initial }: { initial: MyShifts }) {
  const { t } = useTranslation('rota');
  const format = useDateFormat();
  const [mine, setMine] = useState(initial);
  const [swapping, setSwapping] = useState<MyShift | null>(null);
  const [status, setStatus] = useState('');
  const [openedAt] = useState(() => Date.now());
  if (mine.shifts.length === 0 && mine.swaps.length === 0) return <Paragraph>{t('mine.empty')}</Paragraph>;
  return (
    <>
      <Paragraph>{t('mine.calendar')}</Paragraph>
      <p role="status" className="rota-status">
        {status}
      </p>
      {swapping && (
        <SwapForm
          key={`${swapping.planId}-${swapping.shift}`}
          shift={swapping}
          onCancel={() => setSwapping(null)}
          onSent={async (message) => {
            setSwapping(null);
            setStatus(message);
            setMine(await getJson(api.mine, myShiftsSchema));
          }}
        />
      )}
      <Table data-size="sm" zebra className="rota-table" aria-label={t('mine.title')}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('plan.date')}</Table.HeaderCell>
            <Table.HeaderCell>{t('plan.shift')}</Table.HeaderCell>
            <Table.HeaderCell>{t('plan.time')}</Table.HeaderCell>
            <Table.HeaderCell>{t('mine.unit')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="ds-sr-only">{t('mine.swapAsk')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {mine.shifts.map((s) => (
            <Table.Row key={`${s.planId}-${s.shift}`}>
              <Table.Cell>{format.date(s.date)}</Table.Cell>
              <Table.Cell>{s.name}</Table.Cell>
              <Table.Cell>{shiftTime(s)}</Table.Cell>
              <Table.Cell>
                <RouterLink to={rotaPath(s.unit.id)}>{s.unit.name}</RouterLink>
              </Table.Cell>
              <Table.Cell>
                {/* Yesterday's night shift is listed while it runs into today, but has begun: not to be given away. */}
                {Date.parse(s.start) > openedAt && (
                  <Button variant="tertiary" data-size="sm" onClick={() => (setStatus(''), setSwapping(s))} aria-label={`${t('mine.swapAsk')}: ${s.name} ${format.date(s.date)}`}>
                    {t('mine.swapAsk')}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {mine.swaps.length > 0 && (
        <section aria-labelledby="rota-my-swaps">
          <Heading level={2} data-size="md" id="rota-my-swaps">
            {t('mine.swapsHeading')}
          </Heading>
          <ul className="rota-swaps">
            {mine.swaps.map((swap) => (
              <li key={swap.id}>
                {t('plan.swap', { shift: swap.shiftName, date: format.date(swap.date), from: `${swap.from.givenName} ${swap.from.familyName}`, to: `${swap.to.givenName} ${swap.to.familyName}` })}{' '}
                <Tag data-size="sm">{t(`plan.swapState.${swap.state}`)}</Tag>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function SwapForm({ shift, onSent, onCancel }: { shift: MyShift; onSent: (message: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation('rota');
  const format = useDateFormat();
  const plan = useApi(api.plan(shift.planId), planSchema);
  const [to, setTo] = useState('');
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<PlanViolation[]>([]);
  const submit = useSubmit({
    send: async (toStaffId: string, key: string) => {
      setRefusal([]);
      const swap = await sendJson('POST', api.swaps(shift.planId), { shift: shift.shift, toStaffId, idempotencyKey: key }, swapSchema);
      await onSent(t('mine.swapSent', { shift: shift.name, date: format.date(shift.date), to: `${swap.to.givenName} ${swap.to.familyName}` }));
    },
    ns: 'rota',
    failed: (reason) => t('mine.swapFailed', { reason }),
    refused: (error: ApiRequestError) => {
      const parsed = refusalSchema.safeParse(error.body);
      if (!parsed.success || !parsed.data.violations) return undefined;
      setRefusal(parsed.data.violations);
      return true;
    },
  });
  return (
    <Loaded state={plan} loadingLabel={t('plan.loading')}>
      {(p) => {
        const on = p.shifts.find((s) => s.id === shift.shift)?.staff ?? [];
        const colleagues = p.staff.filter((s) => !on.includes(s.id));
        return (
          <form
            ref={submit.formRef}
            className="rota-form"
            noValidate
            aria-labelledby="rota-swap-heading"
            onSubmit={(event) => {
              event.preventDefault();
              setMissing(to === '');
              if (to !== '') void submit.submit(to);
            }}
          >
            <Heading level={2} data-size="sm" id="rota-swap-heading">
              {`${t('mine.swapAsk')}: ${shift.name} ${format.date(shift.date)}`}
            </Heading>
            <Field>
              <Label>{t('mine.swapTo')}</Label>
              <Select value={to} onChange={(event) => setTo(event.target.value)} aria-invalid={missing || undefined} autoFocus>
                <Select.Option value="">{t('mine.chooseColleague')}</Select.Option>
                {colleagues.map((c) => (
                  <Select.Option key={c.id} value={c.id}>
                    {`${c.givenName} ${c.familyName}`}
                  </Select.Option>
                ))}
              </Select>
              {missing && <ValidationMessage>{t('mine.chooseColleague')}</ValidationMessage>}
            </Field>
            <FormAlert submit={submit}>{refusal.length > 0 && <Refusal plan={p} violations={refusal} />}</FormAlert>
            <div className="rota-actions">
              <Button type="submit" aria-disabled={submit.busy || undefined}>
                {t('mine.swapAsk')}
              </Button>
              <Button type="button" variant="secondary" onClick={onCancel}>
                {t('plan.editCancel')}
              </Button>
            </div>
          </form>
        );
      }}
    </Loaded>
  );
}
