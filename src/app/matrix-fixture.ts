/**
 * A small world for the access-matrix test: a home municipality where one person per role
 * works in the same school, and a far municipality that no role reaches. Each route gets a
 * record inside and outside the actors' scope.
 */
import type { Db } from '../kernel/db/database.ts';
import type { Role } from '../kernel/db/tables.ts';
import {
  buildDistrict,
  buildEnrolledChild,
  buildMembership,
  buildMunicipality,
  buildStaff,
  buildUnit,
} from '../kernel/testing/register-factories.ts';
import { roleSchema } from '../organisation/schema.ts';
import { buildTeamPlace, type TeamPlace } from '../teams/factories.ts';
import { buildBooking, buildConsultationHour } from '../presence/factories.ts';
import { buildPupilTalkPlace, type PupilTalkPlace } from '../pupil-talks/factories.ts';
import { buildAttendancePlace, type AttendancePlace } from '../attendance/factories.ts';
import { occurrencesOf } from '../time/recurrence.ts';
import { addDays, localDate } from '../time/dates.ts';
import { buildConsultationPlace, type ConsultationPlace } from '../consultations/factories.ts';
import { buildConcernDrafts, buildConcernPlace, type ConcernPlace } from '../concern-reports/factories.ts';
import { clock } from '../time/clock.ts';
import { buildOnCallPlace, type OnCallPlace } from '../on-call/factories.ts';
import { buildRotaPlace, type RotaPlace } from '../rota/factories.ts';
import { buildActivityPlace, type ActivityPlace } from '../activity/factories.ts';

export const ROLES: readonly Role[] = roleSchema.options;

export interface Place extends TeamPlace, PupilTalkPlace, ConsultationPlace, ConcernPlace, OnCallPlace, AttendancePlace, ActivityPlace, Partial<RotaPlace> {
  municipalityId: string;
  unitId: string;
  childId: string;
  childNationalId: string;
  emergencyAccessId: string;
  /** A network contact of the place, who holds `consultationHourId` at its unit. */
  networkContactId: string;
  /** Wednesdays 08:00–16:00 in 5-minute slots, so each booking call can take a slot of its own. */
  consultationHourId: string;
  /** An open day of that hour a few days ahead, so its slots have not started. */
  bookableDate: string;
  /** The reporter's drafts; at home they are the staff role's own (see the matrix test). */
  concernDraftId: string;
  concernSubmittableDraftId: string;
  /** A sent report of the same reporter, for its PDF. */
  concernSentId: string;
  /** Drafts of the same reporter, one for each delete call. */
  concernDeletablePool: string[];
  /** A booking of the 15:55 slot on that day; at home it is the staff role's own (see the matrix test). */
  bookingId: string;
  /** A second booking of the same owner (the 15:50 slot), for moving. */
  movableBookingId: string;
}

export interface MatrixWorld {
  staffByRole: Record<Role, string>;
  home: Place;
  far: Place;
}

export async function buildMatrixWorld(db: Db): Promise<MatrixWorld> {
  const home = await buildPlace(db, 'Heimvik');
  const far = await buildPlace(db, 'Fjernvik');
  const staffByRole = {} as Record<Role, string>;
  for (const role of ROLES) {
    const person = await buildStaff(db, { municipality_id: home.municipalityId });
    await buildMembership(db, { staff_id: person.id, unit_id: home.unitId, role });
    staffByRole[role] = person.id;
  }
  Object.assign(home, await buildConcernDrafts(db, home, staffByRole.staff));
  Object.assign(far, await buildConcernDrafts(db, far, far.networkContactId));
  // At home the entries are the network contact role's own; far, another contact's.
  Object.assign(home, await buildActivityPlace(db, home, staffByRole.network_contact));
  Object.assign(far, await buildActivityPlace(db, far, far.networkContactId));
  // At home the published rota names the on-call worker role; far, someone else.
  Object.assign(home, await buildRotaPlace(db, home, staffByRole.on_call_worker, localDate(clock.now())));
  Object.assign(far, await buildRotaPlace(db, far, far.networkContactId, localDate(clock.now())));
  home.bookingId = await bookFixtureSlot(db, home, staffByRole.staff);
  far.bookingId = await bookFixtureSlot(db, far, far.networkContactId);
  for (const [place, owner] of [[home, staffByRole.staff], [far, far.networkContactId]] as const) {
    const movable = await buildBooking(db, {
      consultation_hour_id: place.consultationHourId,
      date: place.bookableDate,
      start_time: '15:50',
      booked_by_staff_id: owner,
    });
    place.movableBookingId = movable.id;
  }
  return { staffByRole, home, far };
}

async function bookFixtureSlot(db: Db, place: Place, staffId: string): Promise<string> {
  const booking = await buildBooking(db, {
    consultation_hour_id: place.consultationHourId,
    date: place.bookableDate,
    start_time: '15:55',
    booked_by_staff_id: staffId,
  });
  return booking.id;
}

async function buildPlace(db: Db, name: string): Promise<Place> {
  const municipality = await buildMunicipality(db, { name });
  const district = await buildDistrict(db, { municipality_id: municipality.id });
  const unit = await buildUnit(db, { municipality_id: municipality.id, district_id: district.id });
  const child = await buildEnrolledChild(db, { municipality_id: municipality.id, unit_id: unit.id });
  const grantee = await buildStaff(db, { municipality_id: municipality.id });
  await buildMembership(db, { staff_id: grantee.id, unit_id: unit.id, role: 'on_call_worker' });
  const grant = await db
    .insertInto('emergency_access')
    .values({
      staff_id: grantee.id,
      role: 'on_call_worker',
      unit_id: unit.id,
      resource_type: 'child',
      resource_id: child.id,
      municipality_id: municipality.id,
      reason: 'Akutt henvendelse fra politiet',
      expires_at: new Date(clock.now().getTime() + 3_600_000),
      review_due_on: '2026-11-24',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const contact = await buildStaff(db, { municipality_id: municipality.id });
  await buildMembership(db, { staff_id: contact.id, unit_id: unit.id, role: 'network_contact' });
  const today = localDate(clock.now());
  const hour = await buildConsultationHour(db, {
    unit_id: unit.id,
    contact_staff_id: contact.id,
    weekday: 3,
    start_time: '08:00',
    end_time: '16:00',
    slot_minutes: 5,
    from_date: today,
    to_date: addDays(today, 400),
  });
  const calendar = { country: 'NO' as const, holidays: [] };
  const recurring = { weekday: 3 as const, start: '08:00', end: '16:00', slotMinutes: 5, from: today, to: addDays(today, 400) };
  const [open] = occurrencesOf(calendar, recurring, { from: addDays(today, 2), to: addDays(today, 60) });
  if (!open) throw new Error('no open Wednesday in the next two months');
  return {
    municipalityId: municipality.id,
    unitId: unit.id,
    childId: child.id,
    childNationalId: child.national_id,
    emergencyAccessId: grant.id,
    ...(await buildTeamPlace(db, municipality.id, unit.id)),
    networkContactId: contact.id,
    consultationHourId: hour.id,
    bookableDate: open.date,
    bookingId: '',
    movableBookingId: '',
    ...(await buildPupilTalkPlace(db, { unitId: unit.id, contactId: contact.id, childId: child.id })),
    ...(await buildConsultationPlace(db, unit.id, child.id, contact.id)),
    ...(await buildConcernPlace(db, municipality.id, unit.id, contact.id)),
    ...(await buildOnCallPlace(db, municipality.id)),
    ...(await buildAttendancePlace(db, municipality.id, unit.id, child.id)),
    concernDraftId: '',
    concernSubmittableDraftId: '',
    concernSentId: '',
    concernDeletablePool: [],
    activityEditPool: [],
    activityDeletePool: [],
  };
}
