/**
 * The composition root's one list: every capability Tidlig runs, in the order their routes
 * are registered. Adding a capability is its folder plus one line here (and one in web/).
 */
import { activity } from '../activity/index.ts';
import { attendance } from '../attendance/index.ts';
import { calendar } from '../calendar/index.ts';
import { children } from '../children/index.ts';
import { chronology } from '../chronology/index.ts';
import { concernReports } from '../concern-reports/index.ts';
import { consultations } from '../consultations/index.ts';
import { evaluation } from '../evaluation/index.ts';
import type { Capability } from '../kernel/capability.ts';
import { onCall } from '../on-call/index.ts';
import { organisation } from '../organisation/index.ts';
import { oversight } from '../oversight/index.ts';
import { presence } from '../presence/index.ts';
import { pupilTalks } from '../pupil-talks/index.ts';
import { rota } from '../rota/index.ts';
import { teams } from '../teams/index.ts';

export const capabilities: readonly Capability[] = [
  organisation,
  children,
  oversight,
  teams,
  concernReports,
  presence,
  calendar,
  pupilTalks,
  consultations,
  chronology,
  onCall,
  rota,
  evaluation,
  attendance,
  activity,
];
