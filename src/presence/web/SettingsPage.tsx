import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, sendJson } from '../../kernel/ui/api.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { localDate } from '../../time/dates.ts';
import { proposeNorwegianSchoolHolidays } from '../domain/holiday-proposal.ts';
import { schoolYearOf, startYearOf, type SchoolYear } from '../../time/school-year.ts';
import { presenceSettingsSchema, type PresenceSettings } from '../schema.ts';
import { presenceMessages } from './messages.ts';
import { api } from './paths.ts';
import { issuesOf } from './issues.ts';
import { usePresenceError } from './presence-error.ts';

type Holiday = PresenceSettings['holidays'][number];
type Pair = { unitA: string; unitB: string; minutes: string };
type FieldCode = keyof (typeof presenceMessages)['nb']['settings']['field'];

function isFieldCode(code: string): code is FieldCode {
  return Object.hasOwn(presenceMessages.nb.settings.field, code);
}

/**
 * The request schema's general codes in the page's words: "too short" for a holiday's name is
 * "give the holiday a name", a number out of range for a travel time is "0 to 240 minutes".
 */
function fieldCodeOf(path: string, code: string): string {
  if (code === 'text_too_short' && /^holidays\/\d+\/label$/.test(path)) return 'label_missing';
  if (code === 'number_out_of_range' && /^(travelMinutes|pairs\/\d+\/minutes)$/.test(path)) return 'bad_minutes';
  return code;
}

/**
 * The municipality's school holidays and travel times, for its leaders and administrators.
 * Everything is saved at once with the version read; a typical school year can be proposed
 * from the ISO weeks of the autumn and winter breaks, then edited; nothing is saved until saved.
 */
export function SettingsPage() {
  const { t } = useTranslation('presence');
  usePageTitle(t('settings.title'));
  const unitId = useUser()?.currentUnit?.id ?? null;
  const unit = useApi(unitId && organisationApi.unit(unitId), unitDetailSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('settings.title')}
      </Heading>
      <Loaded state={unit} loadingLabel={t('settings.loading')}>
        {(detail) => <SettingsOf municipalityId={detail.unit.municipality.id} />}
      </Loaded>
    </>
  );
}

function SettingsOf({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('presence');
  const state = useApi(api.settings(municipalityId), presenceSettingsSchema);
  return (
    <Loaded state={state} loadingLabel={t('settings.loading')}>
      {(settings) => <SettingsForm initial={settings} />}
    </Loaded>
  );
}

function SettingsForm({ initial }: { initial: PresenceSettings }) {
  const { t } = useTranslation('presence');
  const errorText = usePresenceError();
  const format = useDateFormat();
  const travelId = useId();
  const holidaysId = useId();
  const [version, setVersion] = useState(initial.version);
  const [travel, setTravel] = useState(String(initial.travelMinutes));
  const [pairs, setPairs] = useState<Pair[]>(initial.pairs.map((p) => ({ unitA: p.unitA.id, unitB: p.unitB.id, minutes: String(p.minutes) })));
  const [holidays, setHolidays] = useState<Holiday[]>(initial.holidays);
  const [newPair, setNewPair] = useState<Pair>({ unitA: initial.units[0]?.id ?? '', unitB: initial.units[1]?.id ?? '', minutes: '30' });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  const unitName = new Map(initial.units.map((u) => [u.id, u.name]));
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
    setStatus(t('settings.proposed'));
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    setFailure('');
    setStatus('');
    setIssues({});
    try {
      const saved = await sendJson(
        'PUT',
        api.settings(initial.municipalityId),
        {
          version,
          travelMinutes: Number(travel),
          pairs: pairs.map((p) => ({ unitA: p.unitA, unitB: p.unitB, minutes: Number(p.minutes) })),
          holidays,
        },
        presenceSettingsSchema,
      );
      setVersion(saved.version);
      setHolidays(saved.holidays);
      setStatus(t('settings.saved'));
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      const found = error instanceof ApiRequestError ? issuesOf(error.body) : [];
      if (code === 'validation_failed' && found.length > 0) {
        setIssues(
          Object.fromEntries(
            found.map((i) => {
              const path = i.path.replace(/^body\//, '');
              const code = fieldCodeOf(path, i.code);
              return [path, isFieldCode(code) ? t(`settings.field.${code}`) : errorText(code)];
            }),
          ),
        );
        setFailure(t('settings.failed', { reason: errorText('bad_setting') }));
      } else {
        setFailure(t('settings.failed', { reason: errorText(code) }));
      }
    } finally {
      busy.current = false;
    }
  }

  return (
    <form className="settings-form" onSubmit={(event) => void save(event)} noValidate>
      <Paragraph>{t('settings.intro')}</Paragraph>
      <section aria-labelledby={travelId}>
        <Heading level={2} data-size="sm" id={travelId}>
          {t('settings.travel')}
        </Heading>
        <Textfield
          type="number"
          min={0}
          max={240}
          label={t('settings.defaultTravel')}
          value={travel}
          onChange={(e) => setTravel(e.target.value)}
          error={issues.travelMinutes}
        />
        <Heading level={3} data-size="xs">
          {t('settings.pairs')}
        </Heading>
        {pairs.length === 0 ? (
          <Paragraph data-size="sm">{t('settings.pairsNone')}</Paragraph>
        ) : (
          <div className="table-scroll">
            <Table data-size="sm" aria-label={t('settings.pairs')}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('settings.unitA')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('settings.unitB')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('settings.minutes')}</Table.HeaderCell>
                  <Table.HeaderCell>
                    <span className="ds-sr-only">{t('settings.remove')}</span>
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {pairs.map((pair, index) => {
                  const names = { a: unitName.get(pair.unitA) ?? '', b: unitName.get(pair.unitB) ?? '' };
                  return (
                    <Table.Row key={`${pair.unitA}-${pair.unitB}`}>
                      <Table.Cell>{names.a}</Table.Cell>
                      <Table.Cell>{names.b}</Table.Cell>
                      <Table.Cell>
                        <Textfield
                          type="number"
                          min={0}
                          max={240}
                          aria-label={`${t('settings.minutes')}: ${names.a} – ${names.b}`}
                          value={pair.minutes}
                          onChange={(e) => setPairs((list) => list.map((p, i) => (i === index ? { ...p, minutes: e.target.value } : p)))}
                          error={issues[`pairs/${index}/minutes`] ?? issues[`pairs/${index}/unitB`] ?? issues[`pairs/${index}`]}
                        />
                      </Table.Cell>
                      <Table.Cell>
                        <Button
                          variant="tertiary"
                          data-size="sm"
                          aria-label={t('settings.removePair', names)}
                          onClick={() => setPairs((list) => list.filter((_, i) => i !== index))}
                        >
                          {t('settings.remove')}
                        </Button>
                      </Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        )}
        {initial.units.length > 1 && (
          <div className="settings-form__add" role="group" aria-label={t('settings.addPair')}>
            <Field>
              <Label>{t('settings.unitA')}</Label>
              <Select width="auto" value={newPair.unitA} onChange={(e) => setNewPair((p) => ({ ...p, unitA: e.target.value }))}>
                {initial.units.map((u) => (
                  <Select.Option key={u.id} value={u.id}>
                    {u.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label>{t('settings.unitB')}</Label>
              <Select width="auto" value={newPair.unitB} onChange={(e) => setNewPair((p) => ({ ...p, unitB: e.target.value }))}>
                {initial.units.map((u) => (
                  <Select.Option key={u.id} value={u.id}>
                    {u.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Textfield
              type="number"
              min={0}
              max={240}
              label={t('settings.minutes')}
              value={newPair.minutes}
              onChange={(e) => setNewPair((p) => ({ ...p, minutes: e.target.value }))}
            />
            <Button variant="secondary" onClick={() => setPairs((list) => [...list, newPair])}>
              {t('settings.addPair')}
            </Button>
          </div>
        )}
      </section>

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

      <div role="alert" className="form-failure">
        {failure && (
          <Alert data-color="danger">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      <p role="status">{status}</p>
      <Button type="submit">{t('settings.save')}</Button>
    </form>
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
