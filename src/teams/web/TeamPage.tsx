import { Button, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { localDate } from '../../time/dates.ts';
import { useSchemaForm } from '../../kernel/ui/form/use-schema-form.ts';
import { useSubmit } from '../../kernel/ui/form/use-submit.ts';
import { Loaded } from '../../kernel/ui/Loaded.tsx';
import { NotFound } from '../../kernel/ui/NotFound.tsx';
import { PageBreadcrumbs } from '../../kernel/ui/PageBreadcrumbs.tsx';
import { useApi } from '../../kernel/ui/use-api.ts';
import { usePageTitle } from '../../kernel/ui/use-page-title.ts';
import { unitDetailSchema } from '../../organisation/schema.ts';
import { api as organisationApi, unitPath } from '../../organisation/web/paths.ts';
import { isSchoolYear, schoolYearOf, startYearOf, type SchoolYear } from '../../time/school-year.ts';
import { publishPlanRequestSchema, teamSchema, unitParamsSchema, type Team } from '../schema.ts';
import { MembersSection } from './MembersSection.tsx';
import { api, teamPath } from './paths.ts';
import { PlanSection } from './PlanSection.tsx';

/**
 * A unit's cross-sector team and a school year's meetings. Those who run the team (team.manage
 * here) choose the members, propose, move and publish the meetings; everyone else who may see
 * the team gets the same page without the controls.
 */
export function TeamPage() {
  const { t } = useTranslation('teams');
  const { unitId = '' } = useParams();
  const [params] = useSearchParams();
  const asked = params.get('year');
  const year = asked && isSchoolYear(asked) ? asked : undefined;
  const valid = unitParamsSchema.safeParse({ id: unitId }).success;
  const unit = useApi(valid ? organisationApi.unit(unitId) : null, unitDetailSchema);
  const team = useApi(valid ? api.team(unitId, year) : null, teamSchema);
  usePageTitle(t('title'));
  if (!valid) return <NotFound />;
  return (
    <Loaded state={unit} loadingLabel={t('loading')}>
      {(detail) => (
        <>
          <PageBreadcrumbs
            trail={[
              { label: detail.unit.name, to: unitPath(unitId) },
              { label: t('title'), to: teamPath(unitId) },
            ]}
          />
          <Heading level={1} data-size="lg">
            {t('title')}
          </Heading>
          <Loaded state={team} loadingLabel={t('loading')}>
            {(data) => <TeamView key={data.schoolYear} initial={data} />}
          </Loaded>
        </>
      )}
    </Loaded>
  );
}

function TeamView({ initial }: { initial: Team }) {
  const { t } = useTranslation('teams');
  const [team, setTeam] = useState(initial);
  return (
    <>
      <Paragraph className="lead">{t('schoolYear', { year: team.schoolYear })}</Paragraph>
      {!team.canManage && <Paragraph>{t('readOnly')}</Paragraph>}
      <YearChoice unitId={team.unitId} shown={team.schoolYear} />
      <MembersSection team={team} onMembers={(members) => setTeam((previous) => ({ ...previous, members }))} />
      <PlanSection team={team} onTeam={setTeam} />
    </>
  );
}

/** Last, this and next school year; a button applies the choice, so choosing alone never reloads the page. */
function YearChoice({ unitId, shown }: { unitId: string; shown: string }) {
  const { t } = useTranslation('teams');
  const navigate = useNavigate();
  // The year is checked by the shared rule for a school year, as the plan's requests are.
  const form = useSchemaForm(publishPlanRequestSchema, { schoolYear: shown });
  const show = useSubmit({ send: async ({ schoolYear }: { schoolYear: string }) => void navigate(teamPath(unitId, schoolYear)), ns: 'teams' });
  const current = startYearOf(schoolYearOf(localDate(new Date())));
  const years = [current - 1, current, current + 1].map(
    (start) => `${start}/${String((start + 1) % 100).padStart(2, '0')}` as SchoolYear,
  );
  if (!years.includes(shown as SchoolYear)) years.push(shown as SchoolYear);
  return (
    <form ref={show.formRef} className="team-year" onSubmit={show.handle(form)}>
      <Field>
        <Label>{t('year.label')}</Label>
        <Select width="auto" {...form.register('schoolYear')}>
          {years.map((year) => (
            <Select.Option key={year} value={year}>
              {year}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {t('year.show')}
      </Button>
    </form>
  );
}
