/**
 * Free-slot search across a municipality, through the real API: 50 units, 10 network
 * contacts, one school year of weekly consultation hours (each contact at five units, one a
 * weekday, 12:00–15:00 in 15-minute slots) with a fifth of the slots booked and the proposed
 * school holidays entered. A leader asks `GET /api/units/:id/consultation-hours?limit=20` for
 * a random unit N times (fastify inject: session, policy, queries, slot search, audit event).
 *
 *   npx tsx bench/free-slots.ts                      (embedded PGlite, in memory)
 *   DATABASE_URL=postgres://… npx tsx bench/free-slots.ts   (PGlite, then a fresh PostgreSQL database)
 *   BENCH_REQUESTS=500 npx tsx bench/free-slots.ts
 */
import { performance } from 'node:perf_hooks';
import { SESSION_COOKIE } from '../src/kernel/auth/plugin.ts';
import { createSession } from '../src/kernel/auth/sessions.ts';
import { addDays, localDate } from '../src/time/dates.ts';
import type { Database, Db, Engine } from '../src/kernel/db/database.ts';
import { openTestDatabase, testEngines } from '../src/kernel/testing/databases.ts';
import { buildAppServer } from '../src/app/server.ts';
import { buildDistrict, buildMembership, buildMunicipality, buildStaff, buildUnit } from '../src/kernel/testing/register-factories.ts';
import { proposeNorwegianSchoolHolidays } from '../src/presence/domain/holiday-proposal.ts';
import { occurrencesOf, slotsOf } from '../src/time/recurrence.ts';
import { schoolYearOf } from '../src/time/school-year.ts';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const UNITS = 50;
const CONTACTS = 10;
const BOOKED_SHARE = 0.2;

for (const engine of testEngines) {
  const database = await openTestDatabase(engine);
  try {
    const world = await buildWorld(database.db);
    await measure(database, engine, world);
  } finally {
    await database.drop();
  }
}

async function buildWorld(db: Db) {
  const started = performance.now();
  const municipality = await buildMunicipality(db, { name: 'Benchvik' });
  const district = await buildDistrict(db, { municipality_id: municipality.id });
  const units: string[] = [];
  for (let i = 0; i < UNITS; i += 1) units.push((await buildUnit(db, { municipality_id: municipality.id, district_id: district.id })).id);
  const leader = await buildStaff(db, { municipality_id: municipality.id });
  await buildMembership(db, { staff_id: leader.id, unit_id: units[0]!, role: 'leader' });

  const schoolYear = schoolYearOf(localDate(new Date()));
  const holidays = proposeNorwegianSchoolHolidays(schoolYear).periods;
  await db
    .insertInto('school_holiday')
    .values(holidays.map((h) => ({ municipality_id: municipality.id, from_date: h.from, to_date: h.to, label: h.kind })))
    .execute();
  const calendar = { country: 'NO' as const, holidays: holidays.map((h) => ({ from: h.from, to: h.to, label: h.kind })) };
  const year = { from: holidays[0]!.from, to: holidays[holidays.length - 1]!.to };

  let random = 1;
  const next = () => ((random = (random * 48_271) % 2_147_483_647) / 2_147_483_647);
  let hours = 0;
  let bookings = 0;
  for (let c = 0; c < CONTACTS; c += 1) {
    const contact = await buildStaff(db, { municipality_id: municipality.id });
    const teacher = await buildStaff(db, { municipality_id: municipality.id });
    await buildMembership(db, { staff_id: contact.id, unit_id: units[c * 5]!, role: 'network_contact' });
    for (let weekday = 1; weekday <= 5; weekday += 1) {
      const hour = { weekday: weekday as 1 | 2 | 3 | 4 | 5, start: '12:00', end: '15:00', slotMinutes: 15, from: year.from, to: year.to };
      const row = await db
        .insertInto('consultation_hour')
        .values({
          unit_id: units[c * 5 + weekday - 1]!,
          contact_staff_id: contact.id,
          weekday,
          start_time: hour.start,
          end_time: hour.end,
          slot_minutes: hour.slotMinutes,
          from_date: hour.from,
          to_date: hour.to,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      hours += 1;
      const booked = occurrencesOf(calendar, hour).flatMap((o) =>
        slotsOf(o, hour.slotMinutes)
          .filter(() => next() < BOOKED_SHARE)
          .map((s) => ({
            consultation_hour_id: row.id,
            date: o.date,
            start_time: s.start,
            booked_by_staff_id: teacher.id,
            topic: 'wellbeing' as const,
            purpose: 'Råd om en elev',
          })),
      );
      for (let i = 0; i < booked.length; i += 500) await db.insertInto('booking').values(booked.slice(i, i + 500)).execute();
      bookings += booked.length;
    }
  }
  console.log(
    `built ${UNITS} units, ${CONTACTS} contacts, ${hours} weekly hours over ${year.from}–${year.to}, ${bookings} bookings, ${holidays.length} holidays in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { units, leaderId: leader.id };
}

async function measure(database: Database, engine: Engine, world: { units: string[]; leaderId: string }) {
  const app = await buildAppServer({ db: database.db, engine, version: 'bench', demo: false });
  try {
    const token = await createSession(database.db, world.leaderId, 'demo');
    const ask = (unitId: string) =>
      app.inject({ method: 'GET', url: `/api/units/${unitId}/consultation-hours?limit=20`, cookies: { [SESSION_COOKIE]: token } });
    // Warm up: compiled routes, prepared plans, caches.
    for (const unitId of world.units.slice(0, 5)) await ask(unitId);
    const times: number[] = [];
    let slots = 0;
    for (let i = 0; i < REQUESTS; i += 1) {
      const unitId = world.units[(i * 7919) % world.units.length]!;
      const started = performance.now();
      const response = await ask(unitId);
      times.push(performance.now() - started);
      if (response.statusCode !== 200) throw new Error(`status ${response.statusCode}: ${response.body}`);
      slots += (response.json() as { freeSlots: unknown[] }).freeSlots.length;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(
      `${engine}: ${REQUESTS} free-slot requests, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1]!.toFixed(1)} ms ` +
        `(${(slots / REQUESTS).toFixed(1)} free slots per answer; from ${localDate(new Date())} to ${addDays(localDate(new Date()), 366)})`,
    );
  } finally {
    await app.close();
  }
}
