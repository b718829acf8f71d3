/**
 * What the chronology reads: where the child sits (for the policy), and each source's facts
 * about the child, asked of the capability that owns them through its entry. Each runs inside
 * the chronology's one access transaction and neither checks nor audits by itself.
 */
export { locateChild } from '../kernel/policy/locate.ts';
export { historyOfChild } from '../consultations/index.ts';
export { sentReportsAboutChild } from '../concern-reports/index.ts';
export { talksAboutChild } from '../pupil-talks/index.ts';
