/**
 * The demo's activity logs: eight weeks of what each municipality's demo network contact did
 * at the units they serve before the seeding day, on weekdays: guiding staff most often, some
 * parent meetings, classroom sessions, outreach and team meetings, each with a length and a
 * head count that fit its kind, and now and then a short note that names no one. Like the
 * casework it runs from the seeding day; every choice comes from a fixed seed.
 */
import type { Insertable } from 'kysely';
import type { ActivityKind } from '../activity/domain/activity-rules.ts';
import type { Db } from '../kernel/db/database.ts';
import type { Tables } from '../kernel/db/tables.ts';
import { addDays, weekday, type IsoDate } from '../time/dates.ts';
import type { DemoData } from './data.ts';
import { createRandom, type Random } from './random.ts';

const DAYS = 56;
const SEED = 16_2026;
/** How likely a weekday at one unit has an activity: about two a week per unit. */
const CHANCE_PER_DAY = 0.4;

/** Each kind's typical length (minutes) and head count, and how often it comes up. */
const KINDS: readonly { kind: ActivityKind; weight: number; minutes: [number, number]; people: [number, number] }[] = [
  { kind: 'staff_guidance', weight: 4, minutes: [30, 90], people: [1, 6] },
  { kind: 'parent_meeting', weight: 2, minutes: [45, 120], people: [8, 40] },
  { kind: 'classroom_session', weight: 2, minutes: [45, 90], people: [15, 28] },
  { kind: 'outreach', weight: 3, minutes: [30, 180], people: [5, 60] },
  { kind: 'team_meeting', weight: 1, minutes: [60, 90], people: [4, 8] },
];

/** Notes as a contact would write them: what it was about, never who. */
const NOTES: readonly string[] = [
  'Tema: skjermbruk og søvn.',
  'Veiledning om samtaler med elever som trekker seg unna.',
  'Til stede i friminuttene; god kontakt med flere grupper.',
  'Gjennomgang av rutiner for bekymringsfravær.',
  'Tema: vennskap og inkludering på trinnet.',
];

export type DemoActivity = Insertable<Tables['activity_entry']>;

/** The demo contacts' activities as seeded on `today`; `newId` names each entry. */
export function planDemoActivity(data: DemoData, today: IsoDate, newId: () => string): DemoActivity[] {
  const random = createRandom(SEED);
  const contacts = new Set(data.staff.filter((s) => s.synthetic && /^demo\.network_contact@/.test(s.email)).map((s) => s.id));
  const units = new Map(data.unit.map((u) => [u.id, u]));
  const plan: DemoActivity[] = [];
  for (const membership of data.membership) {
    const unit = units.get(membership.unit_id);
    if (membership.role !== 'network_contact' || !contacts.has(membership.staff_id) || !unit) continue;
    for (let back = DAYS; back >= 1; back -= 1) {
      const date = addDays(today, -back);
      if (weekday(date) === 0 || weekday(date) === 6 || !random.chance(CHANCE_PER_DAY)) continue;
      plan.push({ id: newId(), municipality_id: unit.municipality_id, unit_id: unit.id, contact_staff_id: membership.staff_id, held_on: date, ...anActivity(random) });
    }
  }
  return plan;
}

export async function insertDemoActivity(db: Db, activities: DemoActivity[]): Promise<void> {
  if (activities.length > 0) await db.insertInto('activity_entry').values(activities).execute();
}

function anActivity(random: Random): Pick<DemoActivity, 'kind' | 'minutes' | 'people' | 'note'> {
  const { kind, minutes, people } = random.pick(KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k)));
  // Lengths in five-minute steps, as people write them down.
  return {
    kind,
    minutes: 5 * random.int(minutes[0] / 5, minutes[1] / 5),
    people: random.int(people[0], people[1]),
    note: random.chance(0.3) ? random.pick(NOTES) : null,
  };
}
