import { Alert, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitPath } from '../../organisation/web/paths.ts';
import { useGradeLabels } from '../../kernel/ui/use-grade-labels.ts';
import { accessReportPath } from '../../oversight/web/paths.ts';
import type { ChildRecord, EmergencyGrant } from '../schema.ts';
import { childPath } from './paths.ts';
import { childSections } from './slots.ts';

/**
 * A child's record once loaded: identity, where the child is enrolled, guardians, contact
 * person, then other capabilities' sections. When one of them changes something (a consent),
 * the page says so in its status line and the sections load again (the chronology shows it).
 */
export function ChildRecordView({ record, grant }: { record: ChildRecord; grant: EmergencyGrant | null }) {
  const { t } = useTranslation('children');
  const format = useDateFormat();
  const grades = useGradeLabels();
  const name = `${record.givenName} ${record.familyName}`;
  const firstUnit = record.enrolments[0];
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  usePageTitle(name);

  return (
    <>
      {firstUnit && (
        <PageBreadcrumbs
          trail={[
            { label: firstUnit.unitName, to: unitPath(firstUnit.unitId) },
            { label: name, to: childPath(record.id) },
          ]}
        />
      )}
      <Heading level={1} data-size="lg">
        {name}
      </Heading>
      {record.emergency && <EmergencyNotice grant={grant} />}
      <dl className="facts facts--summary">
        <dt>{t('record.facts.birthDate')}</dt>
        <dd>{format.date(record.birthDate)}</dd>
        <dt>{t('record.facts.nationalId')}</dt>
        <dd className="national-id">
          <span className="national-id__number">{record.nationalId}</span>
          {record.nationalIdSynthetic && (
            <Tag data-color="info" data-size="sm">
              {t('record.synthetic')}
            </Tag>
          )}
        </dd>
      </dl>

      <section className="page-section">
        <Heading level={2} data-size="md">
          {t('record.enrolments.heading')}
        </Heading>
        {record.enrolments.length === 0 ? (
          <Paragraph>{t('record.enrolments.empty')}</Paragraph>
        ) : (
          <ul className="enrolments">
            {record.enrolments.map((enrolment) => (
              <li key={`${enrolment.unitId}-${enrolment.groupName}`}>
                <RouterLink to={unitPath(enrolment.unitId)}>{enrolment.unitName}</RouterLink>
                {' – '}
                {enrolment.grade === null
                  ? enrolment.groupName
                  : t('record.enrolments.group', { group: enrolment.groupName, grade: grades.single(enrolment.grade) })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Guardians guardians={record.guardians} />

      <section className="page-section">
        <Heading level={2} data-size="md">
          {t('record.contact.heading')}
        </Heading>
        <Paragraph>
          {record.contactPerson
            ? `${record.contactPerson.givenName} ${record.contactPerson.familyName}`
            : t('record.contact.none')}
        </Paragraph>
      </section>

      {!record.emergency && (
        <p role="status" className="focus-target" tabIndex={-1} ref={status}>
          {message}
        </p>
      )}
      <childSections.Sections
        record={record}
        revision={revision}
        changed={(text) => {
          setMessage(text);
          setRevision((n) => n + 1);
          status.current?.focus();
        }}
      />

      <AccessReportLink childId={record.id} name={name} />
    </>
  );
}

/**
 * The record was opened by breaking the glass: say so prominently. Right after the grant the
 * notice takes focus, since the page changed under the user without a navigation.
 */
function EmergencyNotice({ grant }: { grant: EmergencyGrant | null }) {
  const { t } = useTranslation('children');
  const format = useDateFormat();
  const notice = useRef<HTMLDivElement>(null);
  const justGranted = grant !== null;
  useEffect(() => {
    if (justGranted) notice.current?.focus();
  }, [justGranted]);

  return (
    <Alert data-color="warning" className="emergency-notice" ref={notice} tabIndex={-1}>
      <Heading level={2} data-size="xs">
        {t('record.emergency.title')}
      </Heading>
      <Paragraph>{t('record.emergency.text')}</Paragraph>
      {grant && (
        <Paragraph>
          {t('record.emergency.until', { time: format.dateTime(grant.expiresAt), date: format.date(grant.reviewDueOn) })}
        </Paragraph>
      )}
    </Alert>
  );
}

/**
 * The guardians as a list, not a table: name, relation and two ways to reach them reflow
 * on a phone and at 400 % zoom, where four columns would squeeze an e-mail address to pieces.
 */
function Guardians({ guardians }: { guardians: ChildRecord['guardians'] }) {
  const { t } = useTranslation('children');
  const missing = <span className="missing">{t('record.guardians.missing')}</span>;
  return (
    <section className="page-section">
      <Heading level={2} data-size="md">
        {t('record.guardians.heading')}
      </Heading>
      {guardians.length === 0 ? (
        <Paragraph>{t('record.guardians.empty')}</Paragraph>
      ) : (
        <ul className="guardian-list">
          {guardians.map((guardian) => (
            <li key={guardian.id} className="guardian-list__person">
              <p className="guardian-list__name">
                {guardian.givenName} {guardian.familyName}{' '}
                <span className="guardian-list__relation">({t(`record.relation.${guardian.relation}`)})</span>
              </p>
              <dl className="guardian-list__contact">
                <div>
                  <dt>{t('record.guardians.phone')}</dt>
                  <dd>{guardian.phone ? <Link href={`tel:${guardian.phone}`}>{guardian.phone}</Link> : missing}</dd>
                </div>
                <div>
                  <dt>{t('record.guardians.email')}</dt>
                  <dd>{guardian.email ? <Link href={`mailto:${guardian.email}`}>{guardian.email}</Link> : missing}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** For a leader: the way to who has accessed the record (a guardian's right of access). */
function AccessReportLink({ childId, name }: { childId: string; name: string }) {
  const { t } = useTranslation('children');
  const allowed = useCan('audit.access_report');
  if (!allowed) return null;
  return (
    <section className="page-section">
      <Heading level={2} data-size="md">
        {t('record.accessReport.heading')}
      </Heading>
      <Paragraph>{t('record.accessReport.text')}</Paragraph>
      <Paragraph>
        <RouterLink to={accessReportPath(childId)}>
          {t('record.accessReport.link', { name })}
        </RouterLink>
      </Paragraph>
    </section>
  );
}
