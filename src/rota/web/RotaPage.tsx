import { Button, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { addDays, localDate } from '../../time/dates.ts';
import { idParamsSchema, planSchema, rotaServiceSchema, type RotaService } from '../plan-schema.ts';
import { newPlanFormSchema, nextMonday, profileFormSchema } from './rota-forms.ts';
import { api, myShiftsPath, planPath } from './paths.ts';
import { SetupForm } from './SetupForm.tsx';

/** A service's rota: its shifts, the staff it plans with their profiles, its plans, and a new plan. */
export function RotaPage() {
  const { t } = useTranslation('rota');
  const { unitId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const state = useApi(valid ? api.service(unitId) : null, rotaServiceSchema);
  usePageTitle(state.status === 'ready' ? t('service.title', { unit: state.data.unit.name }) : t('links.heading'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={state} loadingLabel={t('service.loading')}>
      {(service) => <Service initial={service} />}
    </Loaded>
  );
}

function Service({ initial }: { initial: RotaService }) {
  const { t } = useTranslation('rota');
  const [service, setService] = useState(initial);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('service.title', { unit: service.unit.name })}
      </Heading>
      {!service.mayPlan && (
        <Paragraph>
          {t('service.publishedOnly')} <RouterLink to={myShiftsPath}>{t('mine.title')}</RouterLink>
        </Paragraph>
      )}
      <Plans service={service} />
      {service.mayPlan && service.setup === null && (
        <>
          <Paragraph>{t('service.notSetUp')}</Paragraph>
          <SetupForm service={service} onSaved={setService} />
        </>
      )}
      {service.mayPlan && service.setup !== null && (
        <>
          <NewPlan unitId={service.unit.id} />
          <Templates service={service} onSaved={setService} />
          <StaffProfiles service={service} onSaved={setService} />
        </>
      )}
    </>
  );
}

function Plans({ service }: { service: RotaService }) {
  const { t } = useTranslation('rota');
  const format = useDateFormat();
  return (
    <section aria-labelledby="rota-plans">
      <Heading level={2} data-size="md" id="rota-plans">
        {t('service.plans')}
      </Heading>
      {service.plans.length === 0 ? (
        <Paragraph>{t('service.noPlans')}</Paragraph>
      ) : (
        <ul className="rota-plans">
          {service.plans.map((plan) => (
            <li key={plan.id}>
              <RouterLink to={planPath(plan.id)}>{t('plan.title', { from: format.date(plan.from), to: format.date(lastDay(plan.from, plan.weeks)) })}</RouterLink> – {t(`state.${plan.state}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NewPlan({ unitId }: { unitId: string }) {
  const { t } = useTranslation('rota');
  const navigate = useNavigate();
  const [today] = useState(() => localDate(new Date()));
  const form = useSchemaForm(newPlanFormSchema, { from: nextMonday(today), weeks: '4', seconds: '30' });
  const submit = useSubmit({
    send: async (values: z.output<typeof newPlanFormSchema>, key: string) => {
      const plan = await sendJson('POST', api.plans(unitId), { ...values, idempotencyKey: key }, planSchema);
      await navigate(planPath(plan.id));
    },
    ns: 'rota',
    failed: (reason) => t('new.failed', { reason }),
  });
  const { errors } = form.formState;
  return (
    <section aria-labelledby="rota-new">
      <Heading level={2} data-size="md" id="rota-new">
        {t('new.heading')}
      </Heading>
      <form ref={submit.formRef} className="rota-form" onSubmit={submit.handle(form)} noValidate>
        <Textfield {...form.register('from')} type="date" label={t('new.from')} error={errors.from && t('new.invalidFrom')} />
        <Textfield {...form.register('weeks')} inputMode="numeric" label={t('new.weeks')} error={errors.weeks && t('new.invalidWeeks')} />
        <Textfield {...form.register('seconds')} inputMode="numeric" label={t('new.seconds')} description={t('new.secondsHelp')} error={errors.seconds && t('new.invalidSeconds')} />
        <FormAlert submit={submit} />
        <div>
          <Button type="submit" aria-disabled={submit.busy || undefined}>
            {t('new.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function Templates({ service, onSaved }: { service: RotaService; onSaved: (service: RotaService) => void }) {
  const { t } = useTranslation('rota');
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="rota-templates">
      <Heading level={2} data-size="md" id="rota-templates" ref={headingRef} tabIndex={-1}>
        {t('service.templates')}
      </Heading>
      <p role="status" className="rota-status">
        {status}
      </p>
      <Table aria-labelledby="rota-templates" data-size="sm" zebra className="rota-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('service.templateName')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.days')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.time')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.staffing')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.needsExperienced')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {service.setup!.templates.map((template) => (
            <Table.Row key={template.id}>
              <Table.Cell>{template.name}</Table.Cell>
              <Table.Cell>{template.days.map((d) => t(`day.${d}`)).join(', ')}</Table.Cell>
              <Table.Cell>
                {template.start}–{template.end}
              </Table.Cell>
              <Table.Cell>
                {template.min}–{template.wanted}
              </Table.Cell>
              <Table.Cell>{template.needsExperienced ? t('service.yes') : t('service.no')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing ? (
        <SetupForm
          service={service}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            onSaved(next);
            setEditing(false);
            setStatus(t('setup.saved'));
            headingRef.current?.focus();
          }}
        />
      ) : (
        <Button variant="secondary" onClick={() => (setStatus(''), setEditing(true))}>
          {t('setup.edit')}
        </Button>
      )}
    </section>
  );
}

function StaffProfiles({ service, onSaved }: { service: RotaService; onSaved: (service: RotaService) => void }) {
  const { t } = useTranslation('rota');
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const percent = useNumberFormat({ style: 'percent' });
  const person = service.staff.find((s) => s.id === editing);
  return (
    <section aria-labelledby="rota-staff">
      <Heading level={2} data-size="md" id="rota-staff" ref={headingRef} tabIndex={-1}>
        {t('service.staff')}
      </Heading>
      <p role="status" className="rota-status">
        {status}
      </p>
      <Table aria-labelledby="rota-staff" data-size="sm" zebra className="rota-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('service.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.fte')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.experienced')}</Table.HeaderCell>
            <Table.HeaderCell>{t('service.neverWorks')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="ds-sr-only">{t('plan.actions')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {service.staff.map((s) => {
            const name = `${s.givenName} ${s.familyName}`;
            return (
              <Table.Row key={s.id}>
                <Table.Cell>{name}</Table.Cell>
                <Table.Cell>{s.profile ? percent(s.profile.fte) : t('service.noProfile')}</Table.Cell>
                <Table.Cell>{s.profile ? (s.profile.experienced ? t('service.yes') : t('service.no')) : ''}</Table.Cell>
                <Table.Cell>{s.profile?.unavailableWeekdays.map((d) => t(`weekday.${d}` as 'weekday.1')).join(', ')}</Table.Cell>
                <Table.Cell>
                  <Button variant="tertiary" data-size="sm" onClick={() => (setStatus(''), setEditing(s.id))}>
                    {t('profile.edit', { name })}
                  </Button>
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
      {person && (
        <ProfileForm
          key={person.id}
          unitId={service.unit.id}
          person={person}
          templates={service.setup?.templates ?? []}
          onCancel={() => setEditing(null)}
          onSaved={(next) => {
            onSaved(next);
            setEditing(null);
            setStatus(t('profile.saved', { name: `${person.givenName} ${person.familyName}` }));
            headingRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}

function ProfileForm({
  unitId,
  person,
  templates,
  onSaved,
  onCancel,
}: {
  unitId: string;
  person: RotaService['staff'][number];
  templates: { id: string; name: string }[];
  onSaved: (s: RotaService) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('rota');
  const name = `${person.givenName} ${person.familyName}`;
  const decimal = useNumberFormat({ maximumFractionDigits: 2, useGrouping: false });
  const form = useSchemaForm(profileFormSchema, {
    fte: decimal(person.profile?.fte ?? 1),
    experienced: person.profile?.experienced ?? false,
    unavailableWeekdays: (person.profile?.unavailableWeekdays ?? []).map(String),
    // Times within a day are kept as they are (the API sets them); the form lists whole days.
    unavailable: (person.profile?.unavailable ?? []).filter((u) => !u.from && !u.to).map(({ date }) => ({ date })),
    wishes: (person.profile?.wishes ?? []).map((w) => ({ date: w.date, template: w.template ?? '', kind: w.kind })),
  });
  const days = useFieldArray({ control: form.control, name: 'unavailable' });
  const wishes = useFieldArray({ control: form.control, name: 'wishes' });
  const submit = useSubmit({
    send: async (values: z.output<typeof profileFormSchema>) => {
      const partDays = (person.profile?.unavailable ?? []).filter((u) => u.from || u.to);
      const body = { ...values, unavailable: [...partDays, ...values.unavailable], version: person.profile?.version ?? 0 };
      onSaved(await sendJson('PUT', api.profile(unitId, person.id), body, rotaServiceSchema));
    },
    ns: 'rota',
    failed: (reason) => t('profile.failed', { reason }),
  });
  const { errors } = form.formState;
  return (
    <form ref={submit.formRef} className="rota-form" onSubmit={submit.handle(form)} noValidate aria-labelledby="rota-profile">
      <Heading level={3} data-size="sm" id="rota-profile">
        {t('profile.heading', { name })}
      </Heading>
      <Textfield {...form.register('fte')} inputMode="decimal" label={t('profile.fte')} error={errors.fte && t('profile.invalidFte')} autoFocus />
      <Checkbox {...form.register('experienced')} label={t('profile.experienced')} />
      <Fieldset>
        <Fieldset.Legend>{t('profile.neverWorks')}</Fieldset.Legend>
        <div className="rota-weekdays">
          {['1', '2', '3', '4', '5', '6', '7'].map((d) => (
            <Checkbox key={d} {...form.register('unavailableWeekdays')} value={d} label={t(`weekday.${d}` as 'weekday.1')} />
          ))}
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('profile.unavailable')}</Fieldset.Legend>
        {days.fields.map((field, i) => (
          <div key={field.id} className="rota-row">
            <Textfield {...form.register(`unavailable.${i}.date`)} type="date" label={t('profile.date')} error={errors.unavailable?.[i]?.date && t('profile.invalidDate')} />
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => days.remove(i)}>
              {t('profile.removeDay', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => days.append({ date: '' })}>
            {t('profile.addDay')}
          </Button>
        </div>
      </Fieldset>
      <Fieldset>
        <Fieldset.Legend>{t('profile.wishes')}</Fieldset.Legend>
        {wishes.fields.map((field, i) => (
          <div key={field.id} className="rota-row">
            <Textfield {...form.register(`wishes.${i}.date`)} type="date" label={t('profile.date')} error={errors.wishes?.[i]?.date && t('profile.invalidDate')} />
            <Field>
              <Label>{t('profile.wishShift')}</Label>
              <Select {...form.register(`wishes.${i}.template`)}>
                <Select.Option value="">{t('profile.anyShift')}</Select.Option>
                {templates.map((template) => (
                  <Select.Option key={template.id} value={template.id}>
                    {template.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label>{t('profile.wishKind')}</Label>
              <Select {...form.register(`wishes.${i}.kind`)}>
                <Select.Option value="want">{t('profile.want')}</Select.Option>
                <Select.Option value="avoid">{t('profile.avoid')}</Select.Option>
              </Select>
            </Field>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => wishes.remove(i)}>
              {t('profile.removeWish', { n: i + 1 })}
            </Button>
          </div>
        ))}
        <div>
          <Button type="button" variant="secondary" data-size="sm" onClick={() => wishes.append({ date: '', template: '', kind: 'want' })}>
            {t('profile.addWish')}
          </Button>
        </div>
      </Fieldset>
      <FormAlert submit={submit} />
      <div className="rota-actions">
        <Button type="submit" aria-disabled={submit.busy || undefined}>
          {t('profile.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('profile.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The last day of a period of whole weeks from a Monday. */
export function lastDay(from: string, weeks: number): string {
  return addDays(from, weeks * 7 - 1);
}
