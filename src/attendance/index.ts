/** The attendance capability's entry: its routes, the nightly recompute of flags, and what the command line runs. */
import type { Capability } from '../kernel/capability.ts';
import { startRepeating } from '../kernel/jobs/repeating.ts';
import { clock } from '../time/clock.ts';
import { localDate } from '../time/dates.ts';
import { recomputeAllFlags } from './flags.ts';
import { attendanceRoutes } from './routes.ts';

/** Rolling windows move every school day, so flags are recomputed a few times a day, not only after imports. */
const EVERY_SIX_HOURS = 6 * 60 * 60_000;

export const attendance: Capability = {
  name: 'attendance',
  routes: attendanceRoutes,
  jobs: () => [
    {
      name: 'attendance flags',
      describe: 'attendance flags: recomputed every six hours for every municipality with a guideline',
      start: (db, onError) => startRepeating(() => recomputeAllFlags(db, localDate(clock.now())), { name: 'attendance flags', intervalMs: EVERY_SIX_HOURS, onError }),
    },
  ],
};

export { importForMunicipality, saveMappingForMunicipality, setGuidelineForMunicipality, ImportSetupError } from './import-service.ts';
export { formatOf, readFileRows } from './read-rows.ts';
export { columnMappingSchema } from './mapping-schema.ts';
export type { ImportReport } from './import-run.ts';
export { recomputeFlags } from './flags.ts';
export { countFlaggedPupilsByUnitAndMonth, type MonthlyFlaggedPupils } from './flag-counts-repo.ts';
