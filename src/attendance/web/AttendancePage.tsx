import { Heading } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { useUser } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { flagListSchema, unitParamsSchema } from '../schema.ts';
import { FlagsSection } from './FlagsSection.tsx';
import { FunnelChart } from './FunnelChart.tsx';
import { ImportSection } from './ImportForm.tsx';
import { api } from './paths.ts';

/**
 * A school's attendance: its leader (the attendance coordinator) imports the absence file and
 * follows up the flags and sees the follow-up month by month; the school's staff see the flags. The server decides on every request.
 */
export function AttendancePage() {
  const { t } = useTranslation('attendance');
  const { unitId = '' } = useParams();
  const valid = unitParamsSchema.safeParse({ id: unitId }).success;
  const [loads, setLoads] = useState(0);
  const flags = useApi(valid ? `${api.flags(unitId)}?v=${loads}` : null, flagListSchema);
  const user = useUser();
  const leads = user?.memberships.some((m) => m.unitId === unitId && m.role === 'unit_leader') ?? false;
  usePageTitle(t('title'));
  if (!valid) return <NotFound />;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      {leads && <ImportSection unitId={unitId} onImported={() => setLoads((n) => n + 1)} />}
      <Loaded state={flags} loadingLabel={t('loading')}>
        {(data) => <FlagsSection unitId={unitId} flags={data.flags} canHandle={leads} />}
      </Loaded>
      {leads && <FunnelChart url={api.funnel(unitId)} />}
    </>
  );
}
