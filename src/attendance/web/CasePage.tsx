import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { attendanceCaseSchema, caseParamsSchema, casePeopleSchema, type AttendanceCase } from '../case-schema.ts';
import { reportAskedFor } from '../domain/case-rules.ts';
import { CaseConsultation } from './CaseConsultation.tsx';
import { CaseContacts } from './CaseContacts.tsx';
import { CaseCoordinator } from './CaseCoordinator.tsx';
import { CaseHearing } from './CaseHearing.tsx';
import { CaseLetter } from './CaseLetter.tsx';
import { CaseReport } from './CaseReport.tsx';
import { CaseSteps } from './CaseSteps.tsx';
import { CaseTerm } from './CaseTerm.tsx';
import { CloseCaseForm } from './CloseCaseForm.tsx';
import { api, attendancePath } from './paths.ts';
import { useFlagFigures } from './use-flag-figures.ts';

/**
 * A pupil's follow-up case: the flags behind it, the term's absence day by day, the steps planned, the contact log and closing
 * it. The school's leader (its attendance coordinator) works it; the server decides on every request.
 */
export function CasePage() {
  const { t } = useTranslation('attendanceCase');
  const { caseId = '' } = useParams();
  const valid = caseParamsSchema.safeParse({ id: caseId }).success;
  const state = useApi(valid ? api.case(caseId) : null, attendanceCaseSchema);
  usePageTitle(t('title'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={state} loadingLabel={t('loading')}>
      {(data) => <CaseView key={data.id} initial={data} />}
    </Loaded>
  );
}

/** The case as last answered: every change answers the whole case, with its new version. */
function CaseView({ initial }: { initial: AttendanceCase }) {
  const { t } = useTranslation('attendanceCase');
  const format = useDateFormat();
  const figures = useFlagFigures();
  const [current, setCurrent] = useState(initial);
  const open = current.closedAt === null;
  // Who may be chosen as a step's owner or the coordinator; only an open case has the forms.
  const peopleState = useApi(open ? api.people(current.id) : null, casePeopleSchema);
  const people = peopleState.status === 'ready' ? peopleState.data : null;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      <Paragraph>
        <RouterLink to={attendancePath(current.unitId)}>{t('back')}</RouterLink>
      </Paragraph>
      <section aria-labelledby="case-summary" className="attendance-case-summary">
        <Heading level={2} data-size="sm" id="case-summary">
          {t('pupil', { name: current.groupName ? `${current.pupilName} (${current.groupName})` : current.pupilName })}
        </Heading>
        <Paragraph>{current.coordinator ? t('coordinator', { name: current.coordinator.name }) : t('noCoordinator')}</Paragraph>
        {open && people && <CaseCoordinator key={current.coordinator?.id ?? ''} current={current} coordinators={people.coordinators} onChanged={setCurrent} />}
        <Paragraph>{t('opened', { date: format.dateTime(current.openedAt) })}</Paragraph>
        <Paragraph>{t('absentDays', { count: current.absentDays })}</Paragraph>
        {!open && (
          <Alert data-color="success">
            <Paragraph>{t('closed', { date: format.dateTime(current.closedAt!), reason: t(`closeReason.${current.closeReason!}`) })}</Paragraph>
            {current.closeNote && <Paragraph>{t('closeNote', { note: current.closeNote })}</Paragraph>}
          </Alert>
        )}
        {open && (
          <Paragraph data-size="sm" className={current.returnPlanRequired ? 'attendance-return-plan' : undefined}>
            {current.returnPlanRequired ? t('returnPlanRequired') : t('returnPlanOffered')}
          </Paragraph>
        )}
      </section>
      <section aria-labelledby="case-flags">
        <Heading level={2} data-size="sm" id="case-flags">
          {t('flagsHeading')}
        </Heading>
        <ul>
          {current.flags.map((flag) => (
            <li key={flag.id}>{figures(flag)}</li>
          ))}
        </ul>
      </section>
      <CaseTerm term={current.term} />
      <CaseLetter current={current} onChanged={setCurrent} />
      <CaseConsultation current={current} onChanged={setCurrent} />
      <CaseReport current={current} onChanged={setCurrent} />
      {current.country === 'DK' && (reportAskedFor(current.triggers) || current.report !== null) && <CaseHearing current={current} onChanged={setCurrent} />}
      <CaseSteps current={current} owners={people?.owners ?? null} onChanged={setCurrent} />
      <CaseContacts current={current} onChanged={setCurrent} />
      {open && <CloseCaseForm current={current} onClosed={setCurrent} />}
    </>
  );
}
