import { Button, Field, Fieldset, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { localDate } from '../../time/dates.ts';
import { schoolYearOf, startYearOf, type SchoolYear } from '../../time/school-year.ts';
import { proposeNorwegianSchoolHolidays } from '../domain/holiday-proposal.ts';
import type { PresenceSettings } from '../schema.ts';
import type { SettingsIssues } from './settings-issues.ts';

export type Holiday = PresenceSettings['holidays'][number];

/**
 * The school holidays: edited one by one, or proposed for a school year from the ISO weeks of
 * the autumn and winter breaks; a proposal only adds what is missing, and nothing is saved until saved.
 */
export function HolidaysFields({
  holidays,
  setHolidays,
  issues,
  onProposed,
}: {
  holidays: Holiday[];
  setHolidays: Dispatch<SetStateAction<Holiday[]>>;
  issues: SettingsIssues;
  onProposed: () => void;
}) {
  const { t } = useTranslation('presence');
  const format = useDateFormat();
  const holidaysId = useId();
  // Autumn and winter breaks differ between municipalities; Oslo's weeks are the default.
  const [autumnWeek, setAutumnWeek] = useState(40);
  const [winterWeek, setWinterWeek] = useState(8);
  const thisYear = schoolYearOf(localDate(new Date()));
  const schoolYears = [thisYear, schoolYearOf(`${startYearOf(thisYear) + 1}-09-01`)];

  function propose(schoolYear: SchoolYear) {
    const proposal = proposeNorwegianSchoolHolidays(schoolYear, { autumnWeek, winterWeek });
    setHolidays((list) =>
      [
        ...list,
        ...proposal.periods
          .filter((p) => !list.some((h) => h.from === p.from && h.to === p.to))
          .map((p) => ({ from: p.from, to: p.to, label: t(`settings.kind.${p.kind}`) })),
      ].sort((a, b) => a.from.localeCompare(b.from)),
    );
    onProposed();
  }

  return (
    <section aria-labelledby={holidaysId}>
      <Heading level={2} data-size="sm" id={holidaysId}>
        {t('settings.holidays')}
      </Heading>
      <div className="settings-form__add" role="group" aria-label={t('settings.proposal')}>
        <WeekSelect label={t('settings.autumnWeek')} weeks={[39, 40, 41, 42]} value={autumnWeek} onChange={setAutumnWeek} />
        <WeekSelect label={t('settings.winterWeek')} weeks={[7, 8, 9, 10]} value={winterWeek} onChange={setWinterWeek} />
        {schoolYears.map((year) => (
          <Button key={year} variant="secondary" onClick={() => propose(year)}>
            {t('settings.propose', { year })}
          </Button>
        ))}
      </div>
      {holidays.length === 0 ? (
        <Paragraph data-size="sm">{t('settings.holidaysNone')}</Paragraph>
      ) : (
        <ul className="holiday-list">
          {holidays.map((holiday, index) => {
            const edit = (field: keyof Holiday) => (value: string) =>
              setHolidays((list) => list.map((h, i) => (i === index ? { ...h, [field]: value } : h)));
            const name = holiday.label || (holiday.from ? format.date(holiday.from) : t('settings.holidays'));
            return (
              <li key={index}>
                <Fieldset className="holiday-list__item">
                  <Fieldset.Legend className="ds-sr-only">{name}</Fieldset.Legend>
                  <Textfield label={t('settings.label')} value={holiday.label} maxLength={100} onChange={(e) => edit('label')(e.target.value)} error={issues[`holidays/${index}/label`]} />
                  <Textfield type="date" label={t('settings.from')} value={holiday.from} onChange={(e) => edit('from')(e.target.value)} error={issues[`holidays/${index}/from`]} />
                  <Textfield type="date" label={t('settings.to')} value={holiday.to} onChange={(e) => edit('to')(e.target.value)} error={issues[`holidays/${index}/to`]} />
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('settings.removeHoliday', { label: name })}
                    onClick={() => setHolidays((list) => list.filter((_, i) => i !== index))}
                  >
                    {t('settings.remove')}
                  </Button>
                </Fieldset>
              </li>
            );
          })}
        </ul>
      )}
      <Button variant="secondary" onClick={() => setHolidays((list) => [...list, { from: '', to: '', label: '' }])}>
        {t('settings.addHoliday')}
      </Button>
    </section>
  );
}

function WeekSelect({ label, weeks, value, onChange }: { label: string; weeks: number[]; value: number; onChange: (week: number) => void }) {
  const { t } = useTranslation('presence');
  return (
    <Field>
      <Label>{label}</Label>
      <Select width="auto" value={String(value)} onChange={(e) => onChange(Number(e.target.value))}>
        {weeks.map((week) => (
          <Select.Option key={week} value={String(week)}>
            {t('settings.week', { week })}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
