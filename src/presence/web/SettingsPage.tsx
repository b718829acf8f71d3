import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guidelinePath } from '../../attendance/web/paths.ts';
import { sendJson } from '../../kernel/ui/api.ts';
import { FormAlert } from '../../kernel/ui/form/FormAlert.tsx';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi } from '../../organisation/web/paths.ts';
import { presenceSettingsSchema, type PresenceSettings } from '../schema.ts';
import { HolidaysFields, type Holiday } from './HolidaysFields.tsx';
import { api } from './paths.ts';
import { settingsIssues, type SettingsIssues } from './settings-issues.ts';
import { TravelTimesFields, type Pair } from './TravelTimesFields.tsx';

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
  const [version, setVersion] = useState(initial.version);
  const [travel, setTravel] = useState(String(initial.travelMinutes));
  const [pairs, setPairs] = useState<Pair[]>(initial.pairs.map((p) => ({ unitA: p.unitA.id, unitB: p.unitB.id, minutes: String(p.minutes) })));
  const [holidays, setHolidays] = useState<Holiday[]>(initial.holidays);
  const [issues, setIssues] = useState<SettingsIssues>({});
  const [status, setStatus] = useState('');
  // The server checks the settings row by row and names each refused field; the page shows them there.
  const save = useSubmit({
    send: async () => {
      setStatus('');
      setIssues({});
      const request = {
        version,
        travelMinutes: Number(travel),
        pairs: pairs.map((p) => ({ unitA: p.unitA, unitB: p.unitB, minutes: Number(p.minutes) })),
        holidays,
      };
      const saved = await sendJson('PUT', api.settings(initial.municipalityId), request, presenceSettingsSchema);
      setVersion(saved.version);
      setHolidays(saved.holidays);
      setStatus(t('settings.saved'));
    },
    ns: 'presence',
    failed: (reason) => t('settings.failed', { reason }),
    refused: (error, errorText) => {
      const found = error.code === 'validation_failed' ? settingsIssues(error.body, t, errorText) : {};
      setIssues(found);
      return Object.keys(found).length > 0 ? t('settings.failed', { reason: errorText('bad_setting') }) : undefined;
    },
  });

  return (
    <form ref={save.formRef} className="settings-form" onSubmit={save.handle()} noValidate>
      <Paragraph>{t('settings.intro')}</Paragraph>
      <Paragraph>
        {/* The attendance guideline counts school days on these holidays; its page is kept by the same people. */}
        <RouterLink to={guidelinePath}>{t('nav.attendanceGuideline', { ns: 'common' })}</RouterLink>
      </Paragraph>
      <TravelTimesFields units={initial.units} travel={travel} setTravel={setTravel} pairs={pairs} setPairs={setPairs} issues={issues} />
      <HolidaysFields holidays={holidays} setHolidays={setHolidays} issues={issues} onProposed={() => setStatus(t('settings.proposed'))} />
      <FormAlert submit={save} />
      <p role="status">{status}</p>
      <Button type="submit">{t('settings.save')}</Button>
    </form>
  );
}
