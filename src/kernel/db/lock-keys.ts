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
  /** Appending to the audit chain: one writer at a time extends it. */
  auditAppend: 7_311_2026,
} as const;
