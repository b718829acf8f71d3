import { Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityFunnelPath } from '../../attendance/web/paths.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { municipalityDetailSchema, municipalityListSchema } from '../../organisation/schema.ts';
import { pilotListSchema, type Pilot } from '../schema.ts';
import { api, importCountsPath } from './paths.ts';
import type { Unit } from './PilotFields.tsx';
import { PilotSession } from './PilotSession.tsx';

const EVALUATED_KINDS = new Set(['school', 'kindergarten']);
/** The choice of a pilot not saved yet. */
const NEW = '';

/** The leader's evaluation: open a saved pilot or make one, save it, read its effect with its checks. */
export function EvaluationPage() {
  const { t } = useTranslation('evaluation');
  const { t: ti } = useTranslation('evaluationImport');
  usePageTitle(t('title'));
  const list = useApi(organisationApi.municipalities, municipalityListSchema);
  const first = list.status === 'ready' ? list.data.municipalities[0] : undefined;
  const detail = useApi(first ? organisationApi.municipality(first.id) : null, municipalityDetailSchema);
  const pilots = useApi(first ? api.pilots(first.id) : null, pilotListSchema);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph className="lead">{t('intro')}</Paragraph>
      <Paragraph>
        <RouterLink to={importCountsPath}>{ti('title')}</RouterLink>
      </Paragraph>
      <Paragraph>
        {/* The leader's menu is full at 1280 px; the attendance follow-up by month sits with the other numbers. */}
        <RouterLink to={municipalityFunnelPath}>{t('attendanceFunnel')}</RouterLink>
      </Paragraph>
      <Loaded state={list.status === 'failed' ? list : detail} loadingLabel={t('loading')}>
        {(municipality) => (
          <Loaded state={pilots} loadingLabel={t('loading')}>
            {(saved) => (
              <Workbench
                municipalityId={municipality.municipality.id}
                country={municipality.municipality.countryCode}
                units={[...municipality.districts.flatMap((d) => d.units), ...municipality.sharedUnits].filter((unit) => EVALUATED_KINDS.has(unit.kind))}
                saved={saved.pilots}
              />
            )}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

function Workbench({ municipalityId, country, units, saved }: { municipalityId: string; country: string; units: Unit[]; saved: Pilot[] }) {
  const { t, i18n } = useTranslation('evaluation');
  const [pilots, setPilots] = useState(saved);
  // The first saved pilot is open when the page opens: the leader's pilot, ready to estimate.
  const [chosen, setChosen] = useState(saved[0]?.id ?? NEW);
  const [savedName, setSavedName] = useState<string | null>(null);
  const language = i18n.resolvedLanguage ?? 'nb';
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...units].sort((a, b) => collator.compare(a.name, b.name));
  }, [units, language]);
  const pilot = pilots.find((p) => p.id === chosen);

  const onSaved = (next: Pilot) => {
    setPilots((list) => [...list.filter((p) => p.id !== next.id), next]);
    setChosen(next.id);
    setSavedName(next.name);
  };

  return (
    <>
      <Field>
        <Label>{t('pilot.choose')}</Label>
        <Select
          value={chosen}
          onChange={(event) => {
            setChosen(event.target.value);
            setSavedName(null);
          }}
        >
          {pilots.map((p) => (
            <Select.Option key={p.id} value={p.id}>
              {p.name}
            </Select.Option>
          ))}
          <Select.Option value={NEW}>{t('pilot.new')}</Select.Option>
        </Select>
      </Field>
      <div role="status">{savedName !== null && <Paragraph>{t('pilot.saved', { name: savedName })}</Paragraph>}</div>
      {/* A pilot of its own for each choice: the forms start over from what is saved. */}
      <PilotSession key={`${chosen}/${pilot?.version ?? 0}`} municipalityId={municipalityId} country={country} units={sorted} pilot={pilot} onSaved={onSaved} />
    </>
  );
}
