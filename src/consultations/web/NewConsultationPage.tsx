import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { idParamsSchema, unitDetailSchema, type UnitDetail } from '../../organisation/schema.ts';
import { municipalityPath, api as organisationApi, overviewPath, unitPath } from '../../organisation/web/paths.ts';
import type { Consultation } from '../schema.ts';
import { ConsultationForm } from './ConsultationForm.tsx';
import { consultationsPath, newConsultationPath } from './paths.ts';
import { consultationNextSteps } from './slots.ts';

/**
 * Recording a consultation: the mode first (anonymous, a consented child, a group), then the
 * concern, the advice, an agreed follow-up and the outcome. Anonymous and group text is checked
 * by the server's anonymity guard; what it finds is shown marked, and nothing is saved until fixed.
 */
export function NewConsultationPage() {
  const { t } = useTranslation('consultations');
  const { unitId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: unitId }).success;
  const unit = useApi(valid ? organisationApi.unit(unitId) : null, unitDetailSchema);
  const [saved, setSaved] = useState<Consultation | null>(null);
  // A new key (and a fresh form) for each consultation recorded from this page.
  const [round, setRound] = useState(0);
  usePageTitle(saved ? t('form.saved.title') : t('form.title'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={unit} loadingLabel={t('form.loading')}>
      {(detail) => (
        <>
          <Trail detail={detail} />
          {saved ? (
            <Saved
              consultation={saved}
              unitId={detail.unit.id}
              onAnother={() => {
                setSaved(null);
                setRound((n) => n + 1);
              }}
            />
          ) : (
            <>
              <Heading level={1} data-size="lg">
                {t('form.title')}
              </Heading>
              <ConsultationForm key={round} detail={detail} existing={null} onSaved={setSaved} />
            </>
          )}
        </>
      )}
    </Loaded>
  );
}

function Trail({ detail }: { detail: UnitDetail }) {
  const { t } = useTranslation('consultations');
  const { t: to } = useTranslation('organisation');
  const { unit } = detail;
  return (
    <PageBreadcrumbs
      trail={[
        { label: to('overview.title'), to: overviewPath },
        { label: unit.municipality.name, to: municipalityPath(unit.municipality.id) },
        { label: unit.name, to: unitPath(unit.id) },
        { label: t('form.title'), to: newConsultationPath(unit.id) },
      ]}
    />
  );
}

function Saved({ consultation, unitId, onAnother }: { consultation: Consultation; unitId: string; onAnother: () => void }) {
  const { t } = useTranslation('consultations');
  const format = useDateFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const mayList = useCan('consultation.read');
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <>
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1} className="focus-target">
        {t('form.saved.title')}
      </Heading>
      <Alert data-color="success">
        <Paragraph>{t('form.saved.text', { date: format.date(consultation.heldOn) })}</Paragraph>
      </Alert>
      <dl className="facts facts--summary">
        <dt>{t('list.mode')}</dt>
        <dd>{t(`mode.${consultation.mode}`)}</dd>
        <dt>{t('list.category')}</dt>
        <dd>{t(`concernCategory.${consultation.category}`, { ns: 'common' })}</dd>
        <dt>{t('list.outcome')}</dt>
        <dd>{t(`outcome.${consultation.outcome}`)}</dd>
      </dl>
      <consultationNextSteps.Sections consultation={consultation} />
      {mayList && (
        <Paragraph>
          <RouterLink to={consultationsPath(unitId)}>{t('form.saved.list')}</RouterLink>
        </Paragraph>
      )}
      <Button variant="secondary" onClick={onAnother}>
        {t('form.saved.another')}
      </Button>
    </>
  );
}
