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
    record: 'Opplysninger',
    records: {
      child: 'barnets opplysninger',
      register: 'en liste der barnet står',
      consents: 'samtykker',
      consent: 'et samtykke',
      chronology: 'kronologien',
      consultation: 'en konsultasjon om barnet',
      pupil_talk: 'en elevsamtale',
      concern_report: 'en bekymringsmelding om barnet',
    },
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
    record: 'Opplysningar',
    records: {
      child: 'opplysningane om barnet',
      register: 'ei liste der barnet står',
      consents: 'samtykke',
      consent: 'eit samtykke',
      chronology: 'kronologien',
      consultation: 'ein konsultasjon om barnet',
      pupil_talk: 'ein elevsamtale',
      concern_report: 'ei bekymringsmelding om barnet',
    },
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
    record: 'Oplysninger',
    records: {
      child: 'barnets oplysninger',
      register: 'en liste, hvor barnet står',
      consents: 'samtykker',
      consent: 'et samtykke',
      chronology: 'kronologien',
      consultation: 'en konsultation om barnet',
      pupil_talk: 'en elevsamtale',
      concern_report: 'en underretning om barnet',
    },
    purpose: 'Formål',
    outcome: 'Udfald',
    emergency: 'Nødadgang',
    system: 'System',
    yes: 'ja',
    no: 'nej',
  },
  en: {
    ...ENGLISH_CSV_LABELS,
    records: {
      ...ENGLISH_CSV_LABELS.records,
      consents: 'consents',
      consent: 'a consent',
      chronology: 'the chronology',
      consultation: 'a consultation about the child',
      pupil_talk: 'a pupil talk',
      concern_report: 'a concern report about the child',
    },
  },
};

export function csvOptionsFor(locale: Locale): AccessCsvOptions {
  return { labels: labels[locale], delimiter: locale === 'en' ? ',' : ';', timeZone: 'Europe/Oslo' };
}
