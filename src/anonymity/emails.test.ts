import { describe, expect, it } from 'vitest';
import { findEmails } from './emails.ts';

describe('findEmails', () => {
  it.each([
    ['Send til kari.nordmann@skole.kommune.no i dag.', 'kari.nordmann@skole.kommune.no'],
    ['Skriv til ola@example.no.', 'ola@example.no'],
    ['Mailen <mor+skole@gmail.com> svarer ikke.', 'mor+skole@gmail.com'],
    ['Far: bjørn.sæther@ærø.dk, ring helst.', 'bjørn.sæther@ærø.dk'],
    ['E-post: anne-marie_o@hotmail.com', 'anne-marie_o@hotmail.com'],
    ['(91234567@sms.telenor.no)', '91234567@sms.telenor.no'],
  ])('finds the address in %j', (text, email) => {
    const start = text.indexOf(email);
    expect(findEmails(text)).toEqual([{ kind: 'email', start, end: start + email.length, text: email }]);
  });

  it.each([
    ['an at sign in prose', 'Vi møtes @ biblioteket kl. 14.'],
    ['a handle without a domain', 'Følg @skolen på nett.'],
    ['a domain without a top-level part', 'Skriv til ola@localhost om det.'],
    ['a web address', 'Se www.udir.no for veiledning.'],
    ['a one-letter top-level part', 'Koden ola@x.y er ugyldig.'],
  ])('finds nothing in %s', (_case, text) => {
    expect(findEmails(text)).toEqual([]);
  });
});
