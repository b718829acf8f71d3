import { Button, Fieldset, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { isUiLanguage, type UiLanguage } from '../../kernel/i18n/languages.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { localDate } from '../../time/dates.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { COST_BASES } from '../domain/cost-split.ts';
import { addMonths, lastFullMonth } from '../domain/statement.ts';
import { idParamsSchema, month as monthSchema, statementSchema, type Statement } from '../schema.ts';
import { api, statementPath } from './paths.ts';
import { costFormDefaults, costFormSchema, toSaveCost } from './statement-form-schema.ts';
import { formatCount, formatMonth, formatOre, keyParts } from './statement-format.ts';

function useLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(language) ? language : 'nb';
}

/**
 * The on-call service's cost statement for one month, for the leader who runs it: the key, each
 * municipality's population, calls and minutes and its share to the øre, the PDF, and the form
 * that sets the month's cost, key and populations. The last full month unless the address names one.
 */
export function StatementPage() {
  const { t } = useTranslation('onCallStatement');
  usePageTitle(t('title'));
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const fallback = useMemo(() => lastFullMonth(localDate(new Date())), []);
  const asked = params.get('month');
  const month = asked !== null && monthSchema().safeParse(asked).success ? asked : fallback;
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const state = useApi(valid ? api.statement(unitId, month) : null, statementSchema);
  if (!valid) return <NotFound />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Loaded state={state} loadingLabel={t('loading')}>
        {(statement) => <MonthOf key={`${statement.month} ${statement.version}`} initial={statement} />}
      </Loaded>
    </>
  );
}

function MonthOf({ initial }: { initial: Statement }) {
  const { t } = useTranslation('onCallStatement');
  const language = useLanguage();
  const mayEdit = useCan('on_call.cost');
  const [statement, setStatement] = useState(initial);
  const month = formatMonth(statement.month, language);
  return (
    <>
      <Paragraph className="lead">{t('lead', { unit: statement.unit.name, month })}</Paragraph>
      <nav className="on-call-days" aria-label={t('title')}>
        <RouterLink to={statementPath(statement.unit.id, addMonths(statement.month, -1))}>{t('previous')}</RouterLink>
        <RouterLink to={statementPath(statement.unit.id, addMonths(statement.month, 1))}>{t('next')}</RouterLink>
      </nav>
      <Figures statement={statement} />
      {mayEdit && <CostForm statement={statement} onSaved={setStatement} />}
    </>
  );
}

function Figures({ statement }: { statement: Statement }) {
  const { t } = useTranslation('onCallStatement');
  const language = useLanguage();
  const format = useDateFormat();
  const money = (ore: number | null) => (ore === null ? '' : formatOre(ore, language));
  const count = (n: number | null) => (n === null ? t('notStored') : formatCount(n, language));
  const sum = (pick: (r: Statement['rows'][number]) => number | null) =>
    statement.rows.some((r) => pick(r) === null) ? null : statement.rows.reduce((s, r) => s + pick(r)!, 0);
  return (
    <section aria-labelledby="statement-table" className="on-call-statement">
      {statement.key && statement.costOre !== null && (
        <>
          <Paragraph>{t('key', { parts: keyParts(statement.key, (percent, basis) => t('keyPart', { percent, basis: t(`basis.${basis}`) })) })}</Paragraph>
          <Paragraph>{t('cost', { cost: money(statement.costOre) })}</Paragraph>
        </>
      )}
      {statement.outcome === 'not_set' && <Paragraph>{t('notSet')}</Paragraph>}
      {statement.emptyBasis && <Paragraph>{t(`empty.${statement.emptyBasis}`)}</Paragraph>}
      <Heading level={2} data-size="xs" id="statement-table">
        {t('table')}
      </Heading>
      <Table aria-labelledby="statement-table" data-size="sm" zebra className="on-call-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('municipality')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('population')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('calls')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('minutes')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('share')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {statement.rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              <Table.Cell className="numeric">{count(row.population)}</Table.Cell>
              <Table.Cell className="numeric">{count(row.calls)}</Table.Cell>
              <Table.Cell className="numeric">{count(row.minutes)}</Table.Cell>
              <Table.Cell className="numeric">{money(row.shareOre)}</Table.Cell>
            </Table.Row>
          ))}
          <Table.Row>
            <Table.HeaderCell scope="row">{t('total')}</Table.HeaderCell>
            <Table.Cell className="numeric">{count(sum((r) => r.population))}</Table.Cell>
            <Table.Cell className="numeric">{count(sum((r) => r.calls))}</Table.Cell>
            <Table.Cell className="numeric">{count(sum((r) => r.minutes))}</Table.Cell>
            <Table.Cell className="numeric">{money(sum((r) => r.shareOre))}</Table.Cell>
          </Table.Row>
        </Table.Body>
      </Table>
      <Paragraph data-size="sm">{t('figuresNote')}</Paragraph>
      <Paragraph data-size="sm">{t('rounding')}</Paragraph>
      {statement.updatedAt && <Paragraph data-size="sm">{t('updated', { date: format.dateTime(statement.updatedAt) })}</Paragraph>}
      <Paragraph>
        <Link href={api.statementPdf(statement.unit.id, statement.month, language)} download>
          {t('pdf')}
        </Link>
      </Paragraph>
    </section>
  );
}

function CostForm({ statement, onSaved }: { statement: Statement; onSaved: (statement: Statement) => void }) {
  const { t } = useTranslation('onCallStatement');
  const language = useLanguage();
  const [version, setVersion] = useState(statement.version);
  const [status, setStatus] = useState('');
  const form = useSchemaForm(costFormSchema, costFormDefaults(statement, language));
  const submit = useSubmit({
    send: async (values: z.output<typeof costFormSchema>) => {
      setStatus('');
      const saved = await sendJson('PUT', api.saveCost(statement.unit.id), toSaveCost(values, statement.month, version), statementSchema);
      setVersion(saved.version);
      onSaved(saved);
      setStatus(t('form.saved'));
    },
    ns: 'onCallStatement',
    failed: (reason) => t('form.failed', { reason }),
  });
  const errors = form.formState.errors;
  const errorOf = (message: string | undefined) => (message === undefined ? undefined : submit.errorText(message));
  const month = formatMonth(statement.month, language);
  return (
    <section aria-labelledby="statement-form">
      <Heading level={2} data-size="xs" id="statement-form">
        {t('form.heading', { month })}
      </Heading>
      {statement.version === 0 && statement.suggestedFrom && <Paragraph>{t('form.suggested', { month: formatMonth(statement.suggestedFrom, language) })}</Paragraph>}
      <form ref={submit.formRef} onSubmit={submit.handle(form)} noValidate className="on-call-form">
        <Textfield label={t('form.cost')} description={t('form.costDescription')} inputMode="decimal" {...form.register('cost')} error={errorOf(errors.cost?.message)} />
        <Fieldset>
          <Fieldset.Legend>{t('form.keyLegend')}</Fieldset.Legend>
          {COST_BASES.map((basis) => (
            <Textfield key={basis} label={t(`form.percent.${basis}`)} inputMode="numeric" {...form.register(`key.${basis}`)} error={errorOf(errors.key?.[basis]?.message)} />
          ))}
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('form.populationLegend')}</Fieldset.Legend>
          {statement.rows.map((row, i) => (
            <Textfield key={row.id} label={row.name} inputMode="numeric" {...form.register(`populations.${i}.population`)} error={errorOf(errors.populations?.[i]?.population?.message)} />
          ))}
        </Fieldset>
        <FormAlert submit={submit} />
        <p role="status">{status}</p>
        <Button type="submit" aria-disabled={submit.busy}>
          {t('form.save')}
        </Button>
      </form>
    </section>
  );
}
