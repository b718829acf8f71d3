import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { teamPath } from '../../teams/web/paths.ts';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { RouterLink } from '../../kernel/ui/RouterLink.tsx';
import { useCan } from '../../kernel/ui/session.tsx';
import { SuppressedCount } from '../../kernel/ui/SuppressedCount.tsx';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import type { UnitDetail } from '../schema.ts';
import { GroupsTable } from './GroupsTable.tsx';
import { municipalityPath, overviewPath, unitPath } from './paths.ts';
import { PeopleList } from './PeopleList.tsx';
import { hasRegister } from './register.ts';
import { useGradeLabels } from '../../kernel/ui/use-grade-labels.ts';
import { unitLinkSections, unitSections } from './slots.ts';

/**
 * The unit page's content once loaded. The groups show counts only; the children by name come
 * in their own section, for those whose roles may read the register.
 */
export function UnitOverview({ detail }: { detail: UnitDetail }) {
  const { t } = useTranslation('organisation');
  const { t: tc } = useTranslation();
  const format = useNumberFormat();
  const grades = useGradeLabels();
  const { unit } = detail;
  usePageTitle(unit.name);
  const gradeRange = grades.range(unit.gradeFrom, unit.gradeTo);
  const enrols = hasRegister(unit.kind) || detail.groups.length > 0;
  const mayReadTeam = useCan('team.read');
  const { t: tt } = useTranslation('teams');

  return (
    <>
      <PageBreadcrumbs
        trail={[
          { label: t('overview.title'), to: overviewPath },
          { label: unit.municipality.name, to: municipalityPath(unit.municipality.id) },
          { label: unit.name, to: unitPath(unit.id) },
        ]}
      />
      <Heading level={1} data-size="lg">
        {unit.name}
      </Heading>
      <dl className="facts facts--summary">
        <dt>{t('unit.facts.kind')}</dt>
        <dd>{tc(`unitKind.${unit.kind}`)}</dd>
        {gradeRange && (
          <>
            <dt>{t('unit.facts.grades')}</dt>
            <dd>{gradeRange}</dd>
          </>
        )}
        <dt>{t('unit.facts.municipality')}</dt>
        <dd>
          <RouterLink to={municipalityPath(unit.municipality.id)}>{unit.municipality.name}</RouterLink>
        </dd>
        {unit.district && (
          <>
            <dt>{t('unit.facts.district')}</dt>
            <dd>{unit.district.name}</dd>
          </>
        )}
        {unit.cooperation && (
          <>
            <dt>{t('unit.facts.cooperation')}</dt>
            <dd>{unit.cooperation.name}</dd>
          </>
        )}
        <dt>{t('unit.facts.staffCount')}</dt>
        <dd>{format(unit.staffCount)}</dd>
        {enrols && (
          <>
            <dt>{t('unit.facts.childCount')}</dt>
            <dd>
              <SuppressedCount count={unit.childCount} />
            </dd>
          </>
        )}
      </dl>
      <unitLinkSections.Sections unitId={unit.id} kind={unit.kind} />
      <PeopleList people={detail.people} />
      {enrols && <GroupsTable groups={detail.groups} />}
      <unitSections.Sections unitId={unit.id} enrols={enrols} />
      {mayReadTeam && (
        <p className="page-section">
          <RouterLink to={teamPath(unit.id)}>{tt('link')}</RouterLink>
        </p>
      )}
    </>
  );
}
