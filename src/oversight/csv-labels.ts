/**
 * The access report's CSV headings in the leader's language. Norwegian and Danish
 * spreadsheets split on semicolons when a file is opened by double-click; English on commas.
 */
import { ENGLISH_CSV_LABELS, type AccessCsvLabels, type AccessCsvOptions } from '../kernel/audit/access-report.ts';
import type { Locale } from '../kernel/db/tables.ts';

const labels: Record<Locale, AccessCsvLabels> = {
  nb: {
    time: 'Tidspunkt',
    staff: 'Ansatt',
    role: 'Rolle',
    unit: 'Enhet',
    action: 'Handling',
    purpose: 'Formål',
    outcome: 'Utfall',
    emergency: 'Nødtilgang',
    system: 'System',
    yes: 'ja',
    no: 'nei',
  },
  nn: {
    time: 'Tidspunkt',
    staff: 'Tilsett',
    role: 'Rolle',
    unit: 'Eining',
    action: 'Handling',
    purpose: 'Føremål',
    outcome: 'Utfall',
    emergency: 'Naudtilgang',
    system: 'System',
    yes: 'ja',
    no: 'nei',
  },
  da: {
    time: 'Tidspunkt',
    staff: 'Medarbejder',
    role: 'Rolle',
    unit: 'Enhed',
    action: 'Handling',
    purpose: 'Formål',
    outcome: 'Udfald',
    emergency: 'Nødadgang',
    system: 'System',
    yes: 'ja',
    no: 'nej',
  },
  en: ENGLISH_CSV_LABELS,
};

export function csvOptionsFor(locale: Locale): AccessCsvOptions {
  return { labels: labels[locale], delimiter: locale === 'en' ? ',' : ';', timeZone: 'Europe/Oslo' };
}
