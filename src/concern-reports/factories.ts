/**
 * Test factories for concern reports: content that is complete by default, so a test states
 * only the gap it is about, and report rows in each state for the access matrix.
 */
import type { Insertable } from 'kysely';
import type { Db } from '../kernel/db/database.ts';
import type { CountryCode, Role } from '../kernel/db/tables.ts';
import { buildMunicipality, buildPerson, buildUnit } from '../kernel/testing/register-factories.ts';
import { emptyContent, type ReportContent } from './content-schema.ts';
import type { ConcernReportTable } from './tables.ts';
import { clock } from '../time/clock.ts';

/** A synthetic Norwegian identity number (month + 80), valid but never a real person's. */
export const SYNTHETIC_NO_CHILD_ID = '09811490145';

export function buildContent(change: (content: ReportContent) => void = () => {}): ReportContent {
  const content = emptyContent({
    name: 'Kari Lærer',
    role: 'Kontaktlærer',
    phone: '+47 900 00 000',
    email: 'kari.laerer@skole.example.no',
    workplace: 'Heimvik skole',
    workplaceAddress: { line1: 'Skolevegen 1', postalCode: '1234', postalTown: 'Heimvik' },
  });
  content.child = {
    unborn: false,
    nationalId: SYNTHETIC_NO_CHILD_ID,
    givenName: 'Ola',
    familyName: 'Testesen',
    address: { line1: 'Gata 2', postalCode: '1234', postalTown: 'Heimvik' },
    told: false,
    notToldReason: 'Barnet er redd for hva som skjer hjemme om foreldrene får vite det.',
  };
  content.guardians = [{ name: 'Mor Testesen', phone: '900 11 222', told: false, notToldReason: 'Mistanke om vold i hjemmet.' }];
  content.observations = [
    {
      date: '2026-11-16',
      what: 'Eleven kom på skolen med blåmerker på begge overarmene og ville ikke ta av jakken.',
      childsWords: 'Pappa blir så sint når jeg søler.',
    },
  ];
  content.duration = 'Siden skolestart i august, hyppigere de siste tre ukene.';
  content.actionsTaken = 'Samtaler med kontaktlærer og helsesykepleier; drøftet anonymt med barnevernet.';
  change(content);
  return content;
}

let counter = 0;

/** A report row in the state given, written straight to the table. */
export async function buildReport(
  db: Db,
  fields: { reporter_staff_id: string; reporter_unit_id: string } & Partial<Insertable<ConcernReportTable>>,
): Promise<string> {
  const row = await db
    .insertInto('concern_report')
    .values({ content: JSON.stringify(buildContent()), created_at: clock.now(), ...fields })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A report received in the municipality, as if submitted now from the unit. */
export function buildReceivedReport(
  db: Db,
  fields: { reporter_staff_id: string; reporter_unit_id: string; municipality_id: string } & Partial<Insertable<ConcernReportTable>>,
): Promise<string> {
  return buildReport(db, { status: 'submitted', received_at: clock.now(), reporter_locale: 'nb', outside_reporter_units: false, ...fields });
}

export interface ConcernPlace {
  /** Received in the place's municipality, undecided. */
  concernReportId: string;
  /** Received and undecided, version 1: one for each decision call (every role, and the call without a session). */
  concernDecisionPool: string[];
  /** Received with an investigation opened, version 1: one for each extension call. */
  concernExtensionPool: string[];
  /** The same, decided on 1 January 2001 (so any date after is in the investigation): one for each conclusion call. */
  concernConclusionPool: string[];
}

/**
 * Received reports from the unit to the place's municipality, which gets a four-digit number
 * as the Fiks IO export requires (test municipalities have other codes).
 */
export async function buildConcernPlace(db: Db, municipalityId: string, unitId: string, reporterId: string): Promise<ConcernPlace> {
  await db.updateTable('municipality').set({ code: String(9000 + (++counter % 1000)) }).where('id', '=', municipalityId).execute();
  const received = { reporter_staff_id: reporterId, reporter_unit_id: unitId, municipality_id: municipalityId };
  const investigating = { decision: 'investigation_opened' as const, decision_reason: 'Alvorlig', decided_at: clock.now(), decided_by_staff_id: reporterId };
  const pool = (n: number, extra: Omit<Partial<Insertable<ConcernReportTable>>, 'municipality_id'>) =>
    Promise.all(Array.from({ length: n }, () => buildReceivedReport(db, { ...received, ...extra })));
  return {
    concernReportId: await buildReceivedReport(db, received),
    concernDecisionPool: await pool(10, {}),
    concernExtensionPool: await pool(10, investigating),
    concernConclusionPool: await pool(10, { ...investigating, decided_at: new Date('2001-01-01T12:00:00Z') }),
  };
}

/** The reporter's own draft to read and save, a complete one to submit, a sent one, and drafts to delete. */
export async function buildConcernDrafts(db: Db, place: { unitId: string; municipalityId: string }, reporterId: string) {
  const own = { reporter_staff_id: reporterId, reporter_unit_id: place.unitId };
  return {
    concernDraftId: await buildReport(db, own),
    concernSubmittableDraftId: await buildReport(db, own),
    concernSentId: await buildReceivedReport(db, { ...own, municipality_id: place.municipalityId }),
    concernDeletablePool: await Promise.all(Array.from({ length: 10 }, () => buildReport(db, own))),
  };
}

let places = 0;

/**
 * Where reports are written and received: a municipality of the country (a four-digit number,
 * as the Fiks IO export requires) with a school and its child welfare service, and `person`
 * to give a staff member a role at one of them (with the phone a reporter's details carry).
 */
export async function buildReportingPlace(db: Db, country: CountryCode = 'NO') {
  const municipality = await buildMunicipality(db, { country_code: country, code: String(4000 + ++places) });
  const school = await buildUnit(db, { municipality_id: municipality.id });
  const childWelfare = await buildUnit(db, { municipality_id: municipality.id, kind: 'child_welfare', name: 'Barneverntjenesten' });
  const person = (role: Role, unitId: string) => buildPerson(db, role, { id: unitId, municipality_id: municipality.id }, { phone: '+47 900 00 000' });
  return { municipality, school, childWelfare, person };
}
