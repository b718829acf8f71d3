import { Button, Field, Heading, Label, Paragraph, Select, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import type { PresenceSettings } from '../schema.ts';
import type { SettingsIssues } from './settings-issues.ts';

/** Two units and the minutes between them, as typed. */
export type Pair = { unitA: string; unitB: string; minutes: string };

/** The travel times: the municipality's default, and the pairs of units with their own. */
export function TravelTimesFields({
  units,
  travel,
  setTravel,
  pairs,
  setPairs,
  issues,
}: {
  units: PresenceSettings['units'];
  travel: string;
  setTravel: (minutes: string) => void;
  pairs: Pair[];
  setPairs: Dispatch<SetStateAction<Pair[]>>;
  issues: SettingsIssues;
}) {
  const { t } = useTranslation('presence');
  const travelId = useId();
  const [newPair, setNewPair] = useState<Pair>({ unitA: units[0]?.id ?? '', unitB: units[1]?.id ?? '', minutes: '30' });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return (
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
      {units.length > 1 && (
        <div className="settings-form__add" role="group" aria-label={t('settings.addPair')}>
          <Field>
            <Label>{t('settings.unitA')}</Label>
            <Select width="auto" value={newPair.unitA} onChange={(e) => setNewPair((p) => ({ ...p, unitA: e.target.value }))}>
              {units.map((u) => (
                <Select.Option key={u.id} value={u.id}>
                  {u.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label>{t('settings.unitB')}</Label>
            <Select width="auto" value={newPair.unitB} onChange={(e) => setNewPair((p) => ({ ...p, unitB: e.target.value }))}>
              {units.map((u) => (
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
  );
}
