import { Alert, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../kernel/ui/use-date-format.ts';
import { useNumberFormat } from '../../kernel/ui/use-number-format.ts';
import type { Plan, PlanViolation } from '../plan-schema.ts';

type Outcome = NonNullable<Plan['outcome']>;

/** Names and readable shifts for a plan's findings: staff ids and `<template>@<date>` as people read them. */
function useReader(plan: Plan) {
  const format = useDateFormat();
  const names = new Map(plan.staff.map((s) => [s.id, `${s.givenName} ${s.familyName}`]));
  const shifts = new Map(plan.shifts.map((s) => [s.id, s]));
  return {
    person: (id: string) => names.get(id) ?? '',
    shift: (id: string) => {
      const shift = shifts.get(id);
      return shift ? `${shift.name} ${format.date(shift.date)}` : id;
    },
    date: (iso: string) => format.date(iso),
  };
}

/** The rules a rota (or a refused change) breaks, each with its paragraph. */
export function Violations({ plan, violations, heading }: { plan: Plan; violations: PlanViolation[]; heading?: string }) {
  const { t } = useTranslation('rota');
  const read = useReader(plan);
  if (violations.length === 0) return null;
  return (
    <section aria-label={heading ?? t('plan.refused')}>
      {heading && (
        <Heading level={2} data-size="md">
          {heading}
        </Heading>
      )}
      <List.Unordered className="rota-findings">
        {violations.map((v, i) => (
          <li key={i}>
            {t('plan.violation', { rule: t(`rule.${v.rule}`), people: v.people.map(read.person).join(', '), dates: v.dates.map(read.date).join(', ') })} <Source paragraph={v.paragraph} url={v.url} />
          </li>
        ))}
      </List.Unordered>
    </section>
  );
}

/** A change the rules refuse: said as one alert, the rules it would break listed in it. */
export function Refusal({ plan, violations }: { plan: Plan; violations: PlanViolation[] }) {
  const { t } = useTranslation('rota');
  return (
    <Alert data-color="danger">
      <Paragraph>{t('plan.refused')}</Paragraph>
      <Violations plan={plan} violations={violations} />
    </Alert>
  );
}

function Source({ paragraph, url }: { paragraph: string; url: string }) {
  if (paragraph === 'service') return null;
  return url ? (
    <Link href={url} target="_blank" rel="noreferrer">
      ({paragraph})
    </Link>
  ) : (
    <>({paragraph})</>
  );
}

/** The soft goals as figures: wishes, the spread of nights, weekends and holidays per full-time post. */
export function Figures({ figures }: { figures: Outcome['figures'] }) {
  const { t } = useTranslation('rota');
  const format = useNumberFormat({ maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="rota-figures">
      <Heading level={2} data-size="md" id="rota-figures">
        {t('plan.figuresHeading')}
      </Heading>
      <List.Unordered>
        <li>{t('plan.wishes', { met: figures.wishesMet, wanted: figures.wishesWanted })}</li>
        <li>{t('plan.avoid', { count: figures.avoidWishesBroken })}</li>
        {(['nights', 'weekends', 'holidays'] as const).map((c) => (
          <li key={c}>{t(`plan.spread.${c}`, { max: format(figures.spreads[c].max), min: format(figures.spreads[c].min) })}</li>
        ))}
        <li>{t('plan.nightsBeyond', { count: figures.nightsBeyondPreferred })}</li>
        <li>{t('plan.short', { count: figures.placesShortOfWanted })}</li>
      </List.Unordered>
    </section>
  );
}

/** Why no legal rota exists: the shifts that cannot be staffed, who is stopped by which rule, and what would help. */
export function Explanation({ plan, explanation }: { plan: Plan; explanation: NonNullable<Outcome['explanation']> }) {
  const { t } = useTranslation('rota');
  const read = useReader(plan);
  const shiftList = (ids: string[]) => ids.map(read.shift).join(', ');
  return (
    <section aria-labelledby="rota-explanation" className="rota-explanation">
      <Heading level={2} data-size="md" id="rota-explanation">
        {t('plan.explanationHeading')}
      </Heading>
      <List.Unordered>
        {explanation.uncovered.map((u) => {
          const shift = plan.shifts.find((s) => s.id === u.shift);
          const label = { shift: shift?.name ?? u.shift, date: read.date(u.date), count: u.short };
          return (
            <li key={`${u.shift}-${u.missing}`}>
              {u.missing === 'coverage' ? t('plan.uncoveredCoverage', label) : t('plan.uncoveredExperienced', label)}
              {u.blockers.length > 0 && (
                <List.Unordered>
                  {u.blockers.map((b) => (
                    <li key={b.person}>
                      {t('plan.blocker', { person: read.person(b.person), rule: t(`rule.${b.rule}`) })} <Source paragraph={b.source.paragraph} url={b.source.url} />
                    </li>
                  ))}
                </List.Unordered>
              )}
            </li>
          );
        })}
      </List.Unordered>
      {explanation.suggestions.length > 0 && (
        <>
          <Heading level={3} data-size="sm">
            {t('plan.suggestionsHeading')}
          </Heading>
          <List.Unordered>
            {explanation.suggestions.map((s, i) => (
              <li key={i}>
                {s.kind === 'more_staff'
                  ? t(s.experienced ? 'plan.moreExperienced' : 'plan.moreStaff', { count: s.count, shifts: shiftList(s.shifts) })
                  : t('plan.ruleBlocks', { rule: t(`rule.${s.rule}`), shifts: shiftList(s.shifts) })}
              </li>
            ))}
          </List.Unordered>
        </>
      )}
    </section>
  );
}
