import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitTalksSchema } from '../schema.ts';
import { api, pupilTalksPath } from './paths.ts';
import { RecordTalkForm } from './RecordTalkForm.tsx';

/** The network contact records a talk a pupil asked for, with least data. */
export function RecordTalkPage() {
  const { t } = useTranslation('pupilTalks');
  const { unitId = '', requestId = '' } = useParams();
  const talks = useApi(api.unitTalks(unitId), unitTalksSchema);
  usePageTitle(t('record.title'));
  const trail = [
    { label: t('title'), to: pupilTalksPath },
    { label: t('record.title'), to: `${pupilTalksPath}/units/${unitId}/requests/${requestId}` },
  ];
  return (
    <>
      <PageBreadcrumbs trail={trail} />
      <Heading level={1} data-size="lg">
        {t('record.title')}
      </Heading>
      <Loaded state={talks} loadingLabel={t('loading')}>
        {(data) => {
          const request = data.openRequests.find((r) => r.id === requestId);
          return request ? (
            <RecordTalkForm request={request} />
          ) : (
            <Alert data-color="warning">
              <Paragraph>{t('record.notFound')}</Paragraph>
            </Alert>
          );
        }}
      </Loaded>
    </>
  );
}
