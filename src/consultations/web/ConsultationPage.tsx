import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { childPath } from '../../children/web/paths.ts';
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
import { consultationSchema, type Consultation } from '../schema.ts';
import { ConsultationForm } from './ConsultationForm.tsx';
import { api, consultationPath, consultationsPath } from './paths.ts';
import { consultationNextSteps } from './slots.ts';

/** One consultation: what was raised, the advice and follow-up, and an Edit form for those allowed. */
export function ConsultationPage() {
  const { t } = useTranslation('consultations');
  const { unitId = '', consultationId = '' } = useParams();
  const valid = idParamsSchema.safeParse({ id: unitId }).success && idParamsSchema.safeParse({ id: consultationId }).success;
  const unit = useApi(valid ? organisationApi.unit(unitId) : null, unitDetailSchema);
  const consultation = useApi(valid ? api.consultation(consultationId) : null, consultationSchema);
  if (!valid) return <NotFound />;
  return (
    <Loaded state={unit} loadingLabel={t('detail.loading')}>
      {(detail) => (
        <Loaded state={consultation} loadingLabel={t('detail.loading')}>
          {(loaded) => <ConsultationView key={loaded.id} detail={detail} initial={loaded} />}
        </Loaded>
      )}
    </Loaded>
  );
}

function ConsultationView({ detail, initial }: { detail: UnitDetail; initial: Consultation }) {
  const { t } = useTranslation('consultations');
  const { t: to } = useTranslation('organisation');
  const format = useDateFormat();
  const mayEdit = useCan('consultation.edit');
  const [consultation, setConsultation] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const { unit } = detail;
  const title = t('detail.title', { date: format.date(consultation.heldOn) });
  usePageTitle(title);
  const details = consultation.details;
  return (
    <>
      <PageBreadcrumbs
        trail={[
          { label: to('overview.title'), to: overviewPath },
          { label: unit.municipality.name, to: municipalityPath(unit.municipality.id) },
          { label: unit.name, to: unitPath(unit.id) },
          { label: t('list.title'), to: consultationsPath(unit.id) },
          { label: title, to: consultationPath(unit.id, consultation.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <p role="status" className="focus-target" tabIndex={-1} ref={status}>
        {message}
      </p>
      {!editing && consultation.outcome === 'concern_report_recommended' && <consultationNextSteps.Sections consultation={consultation} />}
      {editing && details ? (
        <>
          <ConsultationForm
            detail={detail}
            existing={consultation}
            onSaved={(saved) => {
              setConsultation(saved);
              setEditing(false);
              setMessage(t('detail.saved'));
              status.current?.focus();
            }}
          />
          <Button variant="tertiary" className="consultation-cancel" onClick={() => setEditing(false)}>
            {t('detail.cancelEdit')}
          </Button>
        </>
      ) : (
        <>
          <dl className="facts facts--summary">
            <dt>{t('list.mode')}</dt>
            <dd>{t(`mode.${consultation.mode}`)}</dd>
            <dt>{t('list.about')}</dt>
            <dd>
              {consultation.child ? (
                <RouterLink to={childPath(consultation.child.id)}>{`${consultation.child.givenName} ${consultation.child.familyName}`}</RouterLink>
              ) : (
                (consultation.groupLabel ?? t('list.nobody'))
              )}
            </dd>
            <dt>{t('list.category')}</dt>
            <dd>{t(`concernCategory.${consultation.category}`, { ns: 'common' })}</dd>
            <dt>{t('list.outcome')}</dt>
            <dd>{t(`outcome.${consultation.outcome}`)}</dd>
            {consultation.recordedBy && (
              <>
                <dt>{t('detail.recordedBy')}</dt>
                <dd>{`${consultation.recordedBy.givenName} ${consultation.recordedBy.familyName}`}</dd>
              </>
            )}
          </dl>
          {details === null ? (
            <Alert data-color="info">
              <Paragraph>{t('detail.withheld')}</Paragraph>
            </Alert>
          ) : (
            <>
              <section className="page-section">
                <Heading level={2} data-size="sm">
                  {t('form.description')}
                </Heading>
                <Paragraph className="consultation-text">{details.description}</Paragraph>
              </section>
              <section className="page-section">
                <Heading level={2} data-size="sm">
                  {t('form.advice')}
                </Heading>
                <Paragraph className="consultation-text">{details.advice || t('detail.noAdvice')}</Paragraph>
              </section>
              <section className="page-section">
                <Heading level={2} data-size="sm">
                  {t('form.followUp')}
                </Heading>
                {details.followUps.length === 0 ? (
                  <Paragraph>{t('detail.noFollowUp')}</Paragraph>
                ) : (
                  <ul>
                    {details.followUps.map((f, i) => (
                      <li key={i}>
                        {t('detail.followUpItem', { text: f.text, owner: `${f.owner.givenName} ${f.owner.familyName}`, date: format.date(f.dueOn) })}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              {mayEdit && (
                <Button variant="secondary" onClick={() => setEditing(true)}>
                  {t('detail.edit')}
                </Button>
              )}
              {consultation.outcome !== 'concern_report_recommended' && <consultationNextSteps.Sections consultation={consultation} />}
            </>
          )}
        </>
      )}
    </>
  );
}
