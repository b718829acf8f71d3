import { Button, Checkbox, Fieldset, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Address, ReportContent } from '../content-schema.ts';

export type Change = (edit: (draft: ReportContent) => void) => void;

/** The id of a field's input, so the completeness check can link to it. */
export const fieldId = (path: string) => `concern-${path.replaceAll('.', '-')}`;

/** The report's sections as one form; every change goes to `change`, which saves it. */
export function ReportForm({ content, change }: { content: ReportContent; change: Change }) {
  const { t } = useTranslation('concerns');
  const text = (
    path: string,
    label: string,
    value: string,
    set: (d: ReportContent, v: string) => void,
    extra: { multiline?: boolean; description?: string; type?: 'text' | 'tel' | 'email' | 'date' } = {},
  ) => {
    const common = { id: fieldId(path), label, value, autoComplete: 'off', ...(extra.description ? { description: extra.description } : {}) };
    const onChange = (event: { target: { value: string } }) => {
      const v = event.target.value;
      change((d) => set(d, v));
    };
    return extra.multiline ? (
      <Textfield {...common} multiline rows={4} onChange={onChange} />
    ) : (
      <Textfield {...common} type={extra.type ?? 'text'} onChange={onChange} />
    );
  };
  const address = (path: string, value: Address, pick: (d: ReportContent) => Address, label: string) => (
    <>
      {text(`${path}.line1`, label, value.line1, (d, v) => void (pick(d).line1 = v))}
      {text(`${path}.postalCode`, t('assistant.child.postalCode'), value.postalCode, (d, v) => void (pick(d).postalCode = v))}
      {text(`${path}.postalTown`, t('assistant.child.postalTown'), value.postalTown, (d, v) => void (pick(d).postalTown = v))}
    </>
  );
  const told = (path: string, who: string, value: { told: boolean | null; notToldReason: string }, pick: (d: ReportContent) => { told: boolean | null; notToldReason: string }) => (
    <Fieldset id={fieldId(`${path}.told`)}>
      <Fieldset.Legend>{t('assistant.told.question', { who })}</Fieldset.Legend>
      <Radio name={`${path}-told`} value="yes" label={t('assistant.told.yes')} checked={value.told === true} onChange={() => change((d) => void (pick(d).told = true))} />
      <Radio name={`${path}-told`} value="no" label={t('assistant.told.no')} checked={value.told === false} onChange={() => change((d) => void (pick(d).told = false))} />
      {value.told === false && text(`${path}.notToldReason`, t('assistant.told.why'), value.notToldReason, (d, v) => void (pick(d).notToldReason = v))}
    </Fieldset>
  );
  const { child, reporter } = content;

  return (
    <div className="concern-form">
      <Fieldset>
        <Fieldset.Legend>{t('assistant.child.legend')}</Fieldset.Legend>
        <Checkbox
          id={fieldId('child.unborn')}
          label={t('assistant.child.unborn')}
          checked={child.unborn}
          onChange={(event) => {
            const unborn = event.target.checked;
            change((d) => void (d.child.unborn = unborn));
          }}
        />
        {!child.unborn && (
          <>
            {text('child.givenName', t('assistant.child.givenName'), child.givenName, (d, v) => void (d.child.givenName = v))}
            {text('child.familyName', t('assistant.child.familyName'), child.familyName, (d, v) => void (d.child.familyName = v))}
            {text('child.nationalId', t('assistant.child.nationalId'), child.nationalId, (d, v) => void (d.child.nationalId = v), {
              description: t('assistant.child.nationalIdHint'),
            })}
          </>
        )}
        {address('child.address', child.address, (d) => d.child.address, t('assistant.child.address'))}
        {told('child', t('assistant.told.theChild'), child, (d) => d.child)}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('assistant.guardians.legend')}</Fieldset.Legend>
        {content.guardians.map((guardian, i) => {
          const n = i + 1;
          const title = t('assistant.guardians.guardian', { n });
          return (
            <Fieldset key={i} className="concern-repeat">
              <Fieldset.Legend>{title}</Fieldset.Legend>
              {text(`guardians.${i}.name`, t('assistant.guardians.name'), guardian.name, (d, v) => void (d.guardians[i]!.name = v))}
              {text(`guardians.${i}.phone`, t('assistant.guardians.phone'), guardian.phone, (d, v) => void (d.guardians[i]!.phone = v), { type: 'tel' })}
              {told(`guardians.${i}`, title, guardian, (d) => d.guardians[i]!)}
              {content.guardians.length > 1 && (
                <Button variant="tertiary" data-size="sm" onClick={() => change((d) => void d.guardians.splice(i, 1))}>
                  {t('assistant.guardians.remove', { n })}
                </Button>
              )}
            </Fieldset>
          );
        })}
        {content.guardians.length < 2 && (
          <Button variant="secondary" data-size="sm" onClick={() => change((d) => void d.guardians.push({ name: '', phone: '', told: null, notToldReason: '' }))}>
            {t('assistant.guardians.add')}
          </Button>
        )}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('assistant.observations.legend')}</Fieldset.Legend>
        <Fieldset.Description>{t('assistant.observations.hint')}</Fieldset.Description>
        {content.observations.map((observation, i) => {
          const n = i + 1;
          return (
            <Fieldset key={i} className="concern-repeat">
              <Fieldset.Legend>{t('assistant.observations.observation', { n })}</Fieldset.Legend>
              {text(`observations.${i}.date`, t('assistant.observations.date'), observation.date, (d, v) => void (d.observations[i]!.date = v), { type: 'date' })}
              {text(`observations.${i}.what`, t('assistant.observations.what'), observation.what, (d, v) => void (d.observations[i]!.what = v), { multiline: true })}
              {text(`observations.${i}.childsWords`, t('assistant.observations.childsWords'), observation.childsWords, (d, v) => void (d.observations[i]!.childsWords = v), { multiline: true })}
              {content.observations.length > 1 && (
                <Button variant="tertiary" data-size="sm" onClick={() => change((d) => void d.observations.splice(i, 1))}>
                  {t('assistant.observations.remove', { n })}
                </Button>
              )}
            </Fieldset>
          );
        })}
        {content.observations.length < 20 && (
          <Button variant="secondary" data-size="sm" onClick={() => change((d) => void d.observations.push({ date: '', what: '', childsWords: '' }))}>
            {t('assistant.observations.add')}
          </Button>
        )}
      </Fieldset>

      {text('duration', t('assistant.duration'), content.duration, (d, v) => void (d.duration = v), { multiline: true })}
      {text('actionsTaken', t('assistant.actionsTaken'), content.actionsTaken, (d, v) => void (d.actionsTaken = v), { multiline: true })}
      {text('interpreter', t('assistant.interpreter'), content.interpreter, (d, v) => void (d.interpreter = v))}
      {text('otherAgencies', t('assistant.otherAgencies'), content.otherAgencies, (d, v) => void (d.otherAgencies = v))}

      <Fieldset>
        <Fieldset.Legend>{t('assistant.reporter.legend')}</Fieldset.Legend>
        {text('reporter.name', t('assistant.reporter.name'), reporter.name, (d, v) => void (d.reporter.name = v))}
        {text('reporter.role', t('assistant.reporter.role'), reporter.role, (d, v) => void (d.reporter.role = v))}
        {text('reporter.phone', t('assistant.reporter.phone'), reporter.phone, (d, v) => void (d.reporter.phone = v), { type: 'tel' })}
        {text('reporter.email', t('assistant.reporter.email'), reporter.email, (d, v) => void (d.reporter.email = v), { type: 'email' })}
        {text('reporter.workplace', t('assistant.reporter.workplace'), reporter.workplace, (d, v) => void (d.reporter.workplace = v))}
        {text('reporter.orgNumber', t('assistant.reporter.orgNumber'), reporter.orgNumber, (d, v) => void (d.reporter.orgNumber = v))}
        {address('reporter.workplaceAddress', reporter.workplaceAddress, (d) => d.reporter.workplaceAddress, t('assistant.reporter.address'))}
      </Fieldset>
    </div>
  );
}
