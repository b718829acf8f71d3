/**
 * The demo's casework, so intake and leaders have work from the first login rather than only
 * once someone has made it: in each municipality the demo teacher has sent concern reports
 * about children at their school (received one to thirty days before the seeding day, some
 * near their first deadline, some past it, two decided), recorded consultations (anonymous and
 * consented), and the on-call or intake worker has opened two records in an emergency, one
 * still on the leader's review list. Like the presence plan it runs from the seeding day, so
 * it lives beside the generator, not in it; every choice follows from the generated rows.
 */
import { addDays, type IsoDate } from '../time/dates.ts';
import { emptyContent, type ReportContent } from '../concern-reports/content-schema.ts';
import type { DecisionKind } from '../concern-reports/domain/feedback.ts';
import { schoolYearOf } from '../time/school-year.ts';
import type { DemoData, DemoRow } from './data.ts';

type CountryTexts = (typeof TEXTS)[keyof typeof TEXTS];

/** Days before the seeding day each report was received, and whether (days later) intake decided it. */
const REPORTS: ReadonlyArray<{ daysAgo: number; decided?: { kind: DecisionKind; afterDays: number } }> = [
  { daysAgo: 1 },
  { daysAgo: 5 },
  { daysAgo: 9 },
  { daysAgo: 15, decided: { kind: 'closed_after_review', afterDays: 4 } },
  { daysAgo: 30, decided: { kind: 'investigation_opened', afterDays: 5 } },
];

export interface DemoCasework {
  reports: Array<{
    reporter_staff_id: string;
    reporter_unit_id: string;
    municipality_id: string;
    child_id: string;
    status: 'submitted';
    content: string;
    reporter_locale: 'nb' | 'da';
    outside_reporter_units: false;
    received_at: Date;
    decision: DecisionKind | null;
    decision_reason: string | null;
    decided_at: Date | null;
    decided_by_staff_id: string | null;
  }>;
  consents: Array<{ id: string; child_id: string; guardian_id: string; scopes: ['consultation']; given_on: IsoDate; expires_on: IsoDate; registered_by: string }>;
  consultations: Array<{
    unit_id: string;
    mode: 'anonymous' | 'consented';
    child_id: string | null;
    consent_id: string | null;
    category: 'wellbeing' | 'absence';
    description: string;
    advice: string;
    outcome: 'handled_by_unit' | 'referred_family_centre';
    held_on: IsoDate;
    school_year: string;
    recorded_by_staff_id: string;
  }>;
  emergencies: Array<{
    staff_id: string;
    role: string;
    unit_id: string;
    resource_type: 'child';
    resource_id: string;
    municipality_id: string;
    reason: string;
    granted_at: Date;
    expires_at: Date;
    review_due_on: IsoDate;
    reviewed_at: Date | null;
    reviewed_by: string | null;
    review_note: string | null;
  }>;
}

/** Ten in the morning, Norwegian and Danish winter time, `days` before `today`. */
const morning = (today: IsoDate, days: number) => new Date(`${addDays(today, -days)}T09:00:00Z`);

/** The casework for the demo data as seeded on `today`; `newId` names each consent so a consultation can refer to it. */
export function planDemoCasework(data: DemoData, today: IsoDate, newId: () => string): DemoCasework {
  const plan: DemoCasework = { reports: [], consents: [], consultations: [], emergencies: [] };
  for (const municipality of data.municipality) {
    const demo = (role: string) => data.staff.find((s) => s.municipality_id === municipality.id && s.email.startsWith(`demo.${role}@`));
    const teacher = demo('staff');
    const school = teacher && data.membership.find((m) => m.staff_id === teacher.id && m.role === 'staff')?.unit_id;
    const unit = data.unit.find((u) => u.id === school);
    if (!teacher || !unit) continue;
    const texts = TEXTS[municipality.country_code === 'DK' ? 'DK' : 'NO'];
    const pupils = data.enrolment.filter((e) => e.unit_id === unit.id).slice(0, REPORTS.length + 1);
    const intake = demo('intake_worker');
    const contact = demo('network_contact');
    const leader = demo('leader');

    REPORTS.forEach(({ daysAgo, decided }, i) => {
      const child = data.child.find((c) => c.id === pupils[i]?.child_id);
      if (!child) return;
      const receivedAt = morning(today, daysAgo);
      plan.reports.push({
        reporter_staff_id: teacher.id,
        reporter_unit_id: unit.id,
        municipality_id: municipality.id,
        child_id: child.id,
        status: 'submitted',
        content: JSON.stringify(reportContent(data, texts, { teacher, unit, child, municipality, observedOn: addDays(today, -daysAgo - 2) })),
        reporter_locale: municipality.country_code === 'DK' ? 'da' : 'nb',
        outside_reporter_units: false,
        received_at: receivedAt,
        decision: decided && intake ? decided.kind : null,
        decision_reason: decided && intake ? texts.decisionReason : null,
        decided_at: decided && intake ? morning(today, daysAgo - decided.afterDays) : null,
        decided_by_staff_id: decided && intake ? intake.id : null,
      });
    });

    const recorder = contact ?? teacher;
    const heldOn = addDays(today, -3);
    plan.consultations.push({
      unit_id: unit.id,
      mode: 'anonymous',
      child_id: null,
      consent_id: null,
      category: 'wellbeing',
      description: texts.anonymous,
      advice: texts.advice,
      outcome: 'handled_by_unit',
      held_on: heldOn,
      school_year: schoolYearOf(heldOn),
      recorded_by_staff_id: recorder.id,
    });
    const consented = data.child.find((c) => c.id === pupils[REPORTS.length]?.child_id);
    const guardian = consented && data.child_guardian.find((g) => g.child_id === consented.id);
    if (consented && guardian) {
      const consentId = newId();
      plan.consents.push({ id: consentId, child_id: consented.id, guardian_id: guardian.guardian_id, scopes: ['consultation'], given_on: addDays(today, -10), expires_on: addDays(today, 355), registered_by: recorder.id });
      plan.consultations.push({
        unit_id: unit.id,
        mode: 'consented',
        child_id: consented.id,
        consent_id: consentId,
        category: 'absence',
        description: texts.consented,
        advice: texts.advice,
        outcome: 'referred_family_centre',
        held_on: addDays(today, -1),
        school_year: schoolYearOf(addDays(today, -1)),
        recorded_by_staff_id: recorder.id,
      });
    }

    const opener = demo('on_call_worker') ?? intake;
    const membership = opener && data.membership.find((m) => m.staff_id === opener.id);
    [pupils[1], pupils[2]].forEach((pupil, i) => {
      if (!opener || !membership || !pupil) return;
      const grantedAt = morning(today, i === 0 ? 1 : 6);
      plan.emergencies.push({
        staff_id: opener.id,
        role: membership.role,
        unit_id: membership.unit_id,
        resource_type: 'child',
        resource_id: pupil.child_id,
        municipality_id: municipality.id,
        reason: texts.emergencyReason,
        granted_at: grantedAt,
        expires_at: new Date(grantedAt.getTime() + 4 * 3_600_000),
        review_due_on: addDays(today, i === 0 ? 0 : -5),
        reviewed_at: i === 0 || !leader ? null : morning(today, 4),
        reviewed_by: i === 0 || !leader ? null : leader.id,
        review_note: i === 0 || !leader ? null : texts.reviewNote,
      });
    });
  }
  return plan;
}

function reportContent(
  data: DemoData,
  texts: CountryTexts,
  { teacher, unit, child, municipality, observedOn }: {
    teacher: DemoRow<'staff'>;
    unit: DemoRow<'unit'>;
    child: DemoRow<'child'>;
    municipality: DemoRow<'municipality'>;
    observedOn: IsoDate;
  },
): ReportContent {
  const address = (line1: string) => ({ line1, postalCode: municipality.code.slice(-4).padStart(4, '0'), postalTown: municipality.name });
  const content = emptyContent({
    name: `${teacher.given_name} ${teacher.family_name}`,
    role: texts.reporterRole,
    phone: teacher.phone ?? '',
    email: teacher.email,
    workplace: unit.name,
    workplaceAddress: address(texts.schoolAddress),
  });
  const guardians = data.child_guardian
    .filter((g) => g.child_id === child.id)
    .flatMap((g) => data.guardian.filter((x) => x.id === g.guardian_id))
    .slice(0, 2);
  content.child = {
    unborn: false,
    nationalId: child.national_id,
    givenName: child.given_name,
    familyName: child.family_name,
    address: address(guardians[0]?.street_address ?? texts.schoolAddress),
    told: true,
    notToldReason: '',
  };
  content.guardians = guardians.map((g) => ({ name: `${g.given_name} ${g.family_name}`, phone: g.phone ?? '', told: true, notToldReason: '' }));
  content.observations = [{ date: observedOn, what: texts.observation, childsWords: texts.childsWords }];
  content.duration = texts.duration;
  content.actionsTaken = texts.actionsTaken;
  return content;
}

const TEXTS = {
  NO: {
    reporterRole: 'Kontaktlærer',
    schoolAddress: 'Skolevegen 1',
    observation: 'Eleven har kommet sulten og uten matpakke de fleste dager de siste ukene, og sovner i timene.',
    childsWords: 'Det er ingen hjemme om kvelden.',
    duration: 'Siden høstferien, oftere de siste tre ukene.',
    actionsTaken: 'Samtaler med eleven og foreldrene; drøftet anonymt med nettverkskontakten.',
    decisionReason: 'Vurdert ut fra meldingen og samtale med melderen.',
    anonymous: 'En elev på mellomtrinnet er mye alene i friminuttene og vil ikke være med i gruppearbeid.',
    consented: 'Høyt fravær siden oktober; foreldrene ønsker hjelp til å få eleven tilbake på skolen.',
    advice: 'Kontaktlærer følger med og tar en ny samtale om to uker.',
    emergencyReason: 'Politiet ringte om natten: barnet var alene hjemme og trengte et sted å sove.',
    reviewNote: 'Begrunnet og innenfor vaktens oppdrag.',
  },
  DK: {
    reporterRole: 'Klasselærer',
    schoolAddress: 'Skolevej 1',
    observation: 'Eleven er kommet sulten og uden madpakke de fleste dage de seneste uger og falder i søvn i timerne.',
    childsWords: 'Der er ingen hjemme om aftenen.',
    duration: 'Siden efterårsferien, oftere de seneste tre uger.',
    actionsTaken: 'Samtaler med eleven og forældrene; drøftet anonymt med den forebyggende socialrådgiver.',
    decisionReason: 'Vurderet ud fra underretningen og en samtale med underretteren.',
    anonymous: 'En elev på mellemtrinnet er meget alene i frikvartererne og vil ikke deltage i gruppearbejde.',
    consented: 'Højt fravær siden oktober; forældrene ønsker hjælp til at få eleven tilbage i skole.',
    advice: 'Klasselæreren følger op og tager en ny samtale om to uger.',
    emergencyReason: 'Politiet ringede om natten: barnet var alene hjemme og havde brug for et sted at sove.',
    reviewNote: 'Begrundet og inden for vagtens opgave.',
  },
} as const;
