import type { oversightMessages } from './web/messages.ts';

/**
 * The purposes the server itself writes into audit events, in English, and the key of their
 * text in the oversight messages. Any other purpose is what a person typed (an emergency
 * reason) and is shown as written. One table for the screen and the CSV.
 */
export const SYSTEM_PURPOSES: Readonly<Record<string, keyof (typeof oversightMessages)['nb']['report']['purpose']>> = {
  'lookup by identity number': 'lookup',
  'access report': 'accessReport',
  'access report export': 'accessReportExport',
  'emergency access': 'emergency',
};
