/**
 * The outcomes whose counts from before Tidlig can be imported: plain counts per unit and month,
 * as migration 0023's check constraint on evaluation_imported_count allows. Shares need their
 * whole as well and are not imported.
 */
export const IMPORTABLE_OUTCOMES = ['concern_reports', 'consultations'] as const;
export type ImportableOutcome = (typeof IMPORTABLE_OUTCOMES)[number];
