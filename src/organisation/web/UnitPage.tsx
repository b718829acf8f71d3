import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { idParamsSchema, unitDetailSchema } from '../schema.ts';
import { api } from './paths.ts';
import { UnitOverview } from './UnitOverview.tsx';

/** One unit: what it is, where it belongs, its people, and its groups as counts only. */
export function UnitPage() {
  const { t } = useTranslation('organisation');
  const { unitId = '' } = useParams();
  // An address that cannot be an id is not found; asking the server would only say "invalid".
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const state = useApi(valid ? api.unit(unitId) : null, unitDetailSchema);
  if (!valid) return <NotFound />;
  return (
    <Loaded state={state} loadingLabel={t('unit.loading')}>
      {(detail) => <UnitOverview detail={detail} />}
    </Loaded>
  );
}
