import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { idParamsSchema, municipalityDetailSchema } from '../schema.ts';
import { MunicipalityOverview } from './MunicipalityOverview.tsx';
import { api } from './paths.ts';

/** One municipality: its districts with their units, municipality-wide services, cooperations. */
export function MunicipalityPage() {
  const { t } = useTranslation('organisation');
  const { municipalityId = '' } = useParams();
  // An address that cannot be an id is not found; asking the server would only say "invalid".
  const valid = idParamsSchema.safeParse({ id: municipalityId }).success;
  const state = useApi(valid ? api.municipality(municipalityId) : null, municipalityDetailSchema);
  if (!valid) return <NotFound />;
  return (
    <Loaded state={state} loadingLabel={t('municipality.loading')}>
      {(detail) => <MunicipalityOverview detail={detail} />}
    </Loaded>
  );
}
