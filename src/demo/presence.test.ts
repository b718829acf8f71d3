import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { firstClash, travelMinutesFrom } from '../presence/domain/clashes.ts';
import { occurrenceOn } from '../time/recurrence.ts';
import { generateDemo } from './generate.ts';
import { planDemoPresence } from './presence.ts';

const data = generateDemo({ seed: 1, scale: 'default' });

describe('the demo presence plan', () => {
  // Table: a seeding day early in the school year, one just before Christmas, one in June.
  for (const today of ['2026-08-20', '2026-12-18', '2027-06-10']) {
    const plan = planDemoPresence(data, today, randomUUID);
    const municipalityOf = new Map(data.unit.map((u) => [u.id, u.municipality_id]));
    const calendarOf = (municipalityId: string) => ({
      country: data.municipality.find((m) => m.id === municipalityId)!.country_code,
      holidays: plan.holidays.filter((h) => h.municipality_id === municipalityId).map((h) => ({ from: h.from_date, to: h.to_date, label: h.label })),
    });

    it(`gives every network contact hours that never clash, travel included (seeded ${today})`, () => {
      expect(plan.hours.length).toBeGreaterThan(20);
      const travel = travelMinutesFrom({ defaultMinutes: 30 });
      for (const hour of plan.hours) {
        const others = plan.hours.filter((h) => h.contact_staff_id === hour.contact_staff_id && h !== hour);
        const calendar = calendarOf(municipalityOf.get(hour.unit_id)!);
        const clash = firstClash(calendar, others.map((h) => ({ ...h, unitId: h.unit_id })), { ...hour, unitId: hour.unit_id }, travel);
        expect(clash).toBeNull();
        expect(hour.from).toBe(today);
        expect(hour.to > today).toBe(true);
      }
    });

    it(`books each demo teacher two coming open slots and gives Norwegian municipalities a school calendar (seeded ${today})`, () => {
      const teachers = data.staff.filter((s) => s.email.startsWith('demo.staff@'));
      expect(plan.bookings).toHaveLength(2 * teachers.length);
      for (const booking of plan.bookings) {
        const hour = plan.hours.find((h) => h.id === booking.consultation_hour_id)!;
        expect(booking.date > today).toBe(true);
        expect(occurrenceOn(calendarOf(municipalityOf.get(hour.unit_id)!), hour, booking.date)?.start).toBe(booking.start_time);
      }
      const withHolidays = new Set(plan.holidays.map((h) => h.municipality_id));
      expect(data.municipality.filter((m) => withHolidays.has(m.id)).map((m) => m.country_code)).toEqual(['NO', 'NO', 'NO']);
    });
  }
});
