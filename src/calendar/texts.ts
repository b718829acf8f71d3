/** The few words the feed and the reminder mails need, in the recipient municipality's language. */
import type { Locale } from '../kernel/db/tables.ts';

export type MailLocale = 'nb' | 'nn' | 'da';

export const TEXTS = {
  nb: {
    consultationHour: 'Kontortid',
    booking: 'Konsultasjon',
    meeting: 'Teammøte',
    shift: 'Vakt',
    reminderSubject: (what: string, date: string) => `Påminnelse: ${what} ${date}`,
    reminderBody: (what: string, when: string, where: string, withWhom: string) =>
      `Hei!\n\nDette er en påminnelse om ${what.toLowerCase()} i morgen.\n\nNår: ${when}\nHvor: ${where}\nMed: ${withWhom}\n\nHilsen Tidlig`,
  },
  nn: {
    consultationHour: 'Kontortid',
    booking: 'Konsultasjon',
    meeting: 'Teammøte',
    shift: 'Vakt',
    reminderSubject: (what: string, date: string) => `Påminning: ${what} ${date}`,
    reminderBody: (what: string, when: string, where: string, withWhom: string) =>
      `Hei!\n\nDette er ei påminning om ${what.toLowerCase()} i morgon.\n\nNår: ${when}\nKvar: ${where}\nMed: ${withWhom}\n\nHelsing Tidlig`,
  },
  da: {
    consultationHour: 'Træffetid',
    booking: 'Konsultation',
    meeting: 'Teammøde',
    shift: 'Vagt',
    reminderSubject: (what: string, date: string) => `Påmindelse: ${what} ${date}`,
    reminderBody: (what: string, when: string, where: string, withWhom: string) =>
      `Hej!\n\nDette er en påmindelse om ${what.toLowerCase()} i morgen.\n\nHvornår: ${when}\nHvor: ${where}\nMed: ${withWhom}\n\nVenlig hilsen Tidlig`,
  },
} as const;

export function mailLocale(locale: Locale | null | undefined): MailLocale {
  return locale === 'nn' || locale === 'da' ? locale : 'nb';
}
