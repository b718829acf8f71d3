/** Report content for tests: complete by default, so a test states only the gap it is about. */
import { emptyContent, type ReportContent } from './content-schema.ts';

/** A synthetic Norwegian identity number (month + 80), valid but never a real person's. */
export const SYNTHETIC_NO_CHILD_ID = '17851650008';

export function buildContent(change: (content: ReportContent) => void = () => {}): ReportContent {
  const content = emptyContent({
    name: 'Kari Lærer',
    role: 'Kontaktlærer',
    phone: '+47 900 00 000',
    email: 'kari.laerer@skole.example.no',
    workplace: 'Heimvik skole',
    workplaceAddress: { line1: 'Skolevegen 1', postalCode: '1234', postalTown: 'Heimvik' },
  });
  content.child = {
    registerChildId: null,
    unborn: false,
    nationalId: SYNTHETIC_NO_CHILD_ID,
    givenName: 'Ola',
    familyName: 'Testesen',
    address: { line1: 'Gata 2', postalCode: '1234', postalTown: 'Heimvik' },
    told: false,
    notToldReason: 'Barnet er redd for hva som skjer hjemme om foreldrene får vite det.',
  };
  content.guardians = [{ name: 'Mor Testesen', phone: '900 11 222', told: false, notToldReason: 'Mistanke om vold i hjemmet.' }];
  content.observations = [
    {
      date: '2026-11-16',
      what: 'Eleven kom på skolen med blåmerker på begge overarmene og ville ikke ta av jakken.',
      childsWords: 'Pappa blir så sint når jeg søler.',
    },
  ];
  content.duration = 'Siden skolestart i august, hyppigere de siste tre ukene.';
  content.actionsTaken = 'Samtaler med kontaktlærer og helsesykepleier; drøftet anonymt med barnevernet.';
  change(content);
  return content;
}
