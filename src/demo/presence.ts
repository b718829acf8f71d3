/**
 * The demo's presence plan, so that a network contact's week, a unit's free slots and a
 * teacher's bookings show something from the first login: each network contact holds one
 * weekly consultation hour at each school and kindergarten they serve, Norwegian municipalities
 * get a typical school calendar, and each demo teacher has booked two coming slots. The plan
 * runs from the day the demo is seeded, so it lives beside the pure generator, not in it.
 */
import { addDays, type IsoDate } from '../time/dates.ts';
import type { Locale } from '../kernel/db/tables.ts';
import { fromMinutes, toMinutes } from '../time/clock-time.ts';
import { proposeNorwegianSchoolHolidays, type ProposedHolidayKind } from '../presence/domain/holiday-proposal.ts';
import { occurrencesOf, type RecurringHour, type SchoolWeekday } from '../time/recurrence.ts';
import { schoolYearOf, schoolYearRange } from '../time/school-year.ts';
import type { DemoData } from './data.ts';

export interface DemoPresence {
  hours: Array<{ id: string; unit_id: string; contact_staff_id: string } & Omit<RecurringHour, 'weekday'> & { weekday: SchoolWeekday }>;
  holidays: Array<{ municipality_id: string; from_date: IsoDate; to_date: IsoDate; label: string }>;
  bookings: Array<{ consultation_hour_id: string; date: IsoDate; start_time: string; booked_by_staff_id: string; topic: 'behaviour'; purpose: string }>;
}

// Three blocks a day leave more than the default 30 minutes' travel between two units.
const BLOCK_STARTS = ['08:30', '11:00', '13:30'] as const;
const HOUR_MINUTES = 90;
const SLOT_MINUTES = 30;

/** The plan for the demo data as seeded on `today`; `newId` names each hour so bookings can refer to it. */
export function planDemoPresence(data: DemoData, today: IsoDate, newId: () => string): DemoPresence {
  // Through the school year under way, or the next one when this one has less than two months left.
  const to = schoolYearRange(schoolYearOf(addDays(today, 60))).to;
  const holidays = data.municipality
    .filter((m) => m.country_code === 'NO')
    .flatMap((m) => [schoolYearOf(today), schoolYearOf(to)].filter((year, i, years) => years.indexOf(year) === i)
      .flatMap((year) => proposeNorwegianSchoolHolidays(year).periods)
      .map((period) => ({ municipality_id: m.id, from_date: period.from, to_date: period.to, label: holidayLabel(period.kind, m.default_locale) })));

  const units = new Map(data.unit.map((u) => [u.id, u]));
  const servedBy = new Map<string, string[]>();
  for (const m of data.membership) {
    const kind = units.get(m.unit_id)?.kind;
    if (m.role !== 'network_contact' || (kind !== 'school' && kind !== 'kindergarten')) continue;
    servedBy.set(m.staff_id, [...(servedBy.get(m.staff_id) ?? []), m.unit_id]);
  }
  const hours: DemoPresence['hours'] = [];
  for (const [contact, unitIds] of servedBy) {
    const sorted = unitIds.toSorted((a, b) => units.get(a)!.name.localeCompare(units.get(b)!.name, 'nb'));
    sorted.slice(0, 5 * BLOCK_STARTS.length).forEach((unitId, i) => {
      const start = BLOCK_STARTS[Math.floor(i / 5)]!;
      hours.push({
        id: newId(),
        unit_id: unitId,
        contact_staff_id: contact,
        weekday: ((i % 5) + 1) as SchoolWeekday,
        start,
        end: fromMinutes(toMinutes(start) + HOUR_MINUTES),
        slotMinutes: SLOT_MINUTES,
        from: today,
        to,
      });
    });
  }

  // The municipality's demo teacher (see logins.ts) has two coming slots booked at their school.
  const bookings: DemoPresence['bookings'] = [];
  for (const municipality of data.municipality) {
    const teacher = data.staff.find((s) => s.municipality_id === municipality.id && s.email.startsWith('demo.staff@'));
    const school = teacher && data.membership.find((m) => m.staff_id === teacher.id && m.role === 'staff')?.unit_id;
    const hour = hours.find((h) => h.unit_id === school);
    if (!teacher || !hour) continue;
    const calendar = {
      country: municipality.country_code,
      holidays: holidays.filter((h) => h.municipality_id === municipality.id).map((h) => ({ from: h.from_date, to: h.to_date, label: h.label })),
    };
    for (const occurrence of occurrencesOf(calendar, hour, { from: addDays(today, 1), to }).slice(0, 2)) {
      bookings.push({
        consultation_hour_id: hour.id,
        date: occurrence.date,
        start_time: occurrence.start,
        booked_by_staff_id: teacher.id,
        topic: 'behaviour',
        purpose: municipality.country_code === 'DK' ? 'Sparring om uro i klassen efter frikvarteret' : 'Råd om uro i klassen etter friminuttet',
      });
    }
  }
  return { hours, holidays, bookings };
}

const LABELS: Record<'nb' | 'nn', Record<ProposedHolidayKind, string>> = {
  nb: { summer: 'Sommerferie', autumn_break: 'Høstferie', christmas: 'Juleferie', winter_break: 'Vinterferie', easter: 'Påskeferie' },
  nn: { summer: 'Sommarferie', autumn_break: 'Haustferie', christmas: 'Juleferie', winter_break: 'Vinterferie', easter: 'Påskeferie' },
};

function holidayLabel(kind: ProposedHolidayKind, locale: Locale | null): string {
  return LABELS[locale === 'nn' ? 'nn' : 'nb'][kind];
}
