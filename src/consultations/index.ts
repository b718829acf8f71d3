/** The consultations capability's entry: its routes and the deletion of old records. */
import type { Capability } from '../kernel/capability.ts';
import { OperatorError } from '../kernel/errors.ts';
import { retentionYearsFrom } from './domain/retention.ts';
import { startRetentionTimer } from './retention.ts';
import { consultationRoutes } from './routes.ts';

const HOURLY = 60 * 60_000;

export const consultations: Capability = {
  name: 'consultations',
  routes: consultationRoutes,
  jobs: (env) => {
    const years = retentionYearsOf(env);
    return [{ name: 'consultation retention', start: (db, onError) => startRetentionTimer(db, years, HOURLY, onError) }];
  },
};

function retentionYearsOf(env: NodeJS.ProcessEnv): number {
  try {
    return retentionYearsFrom(env.TIDLIG_RETENTION_SCHOOL_YEARS);
  } catch (error) {
    throw new OperatorError((error as Error).message);
  }
}

export { runRetention } from './retention.ts';

/** What other capabilities read of a consultation and of a child's consultations, inside their own access transaction. */
export { consultationRecording, consultationToCarry, type ConsultationToCarry } from './consultation-to-carry.ts';
export { historyOfChild, type ConsultationHistory } from './history-of-child.ts';

/** Recording a consultation inside another capability's access transaction (an attendance case's), and whether a child's consent allows a consented one. */
export { hasConsultationConsent, recordConsultationWithin } from './service.ts';

/** The use-cases other capabilities' tests build a child's history with. */
export { readConsultation, recordConsultation, registerConsent } from './service.ts';

/** What the evaluation counts, per unit and month, inside its own access transaction. */
export { countConsultationsByUnitAndMonth, countConsultationsWithoutReportByUnitAndMonth } from './consultation-counts-repo.ts';
