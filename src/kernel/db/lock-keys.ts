/**
 * Every PostgreSQL advisory lock Tidlig takes, in one place: two uses sharing a key would wait
 * for each other for nothing (or, worse, one would think it holds the other's lock). The values
 * are arbitrary; they only have to differ from each other and be the same in every process.
 */
export const LOCK_KEYS = {
  /** Applying migrations: two processes starting at once apply them once. */
  migrate: 7_311_2024,
  /** Seeding the demo: the second process waits, then finds the data there. */
  seed: 7_311_2025,
  /**
   * Chaining audit events: one sealer at a time, across every process. Taken inside the SQL
   * function audit_seal (migration 0029), which writes the number itself. (7_311_2026 was the
   * lock every audited request took before sealing moved off the request path; not reused.)
   */
  auditSeal: 7_311_2027,
} as const;
