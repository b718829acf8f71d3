import { describe, expect, it } from 'vitest';
import { namesApart } from './names-apart.ts';

const person = (givenName: string, familyName: string, email: string) => ({ givenName, familyName, email });

describe('namesApart', () => {
  it.each([
    { name: 'unique names stay bare', people: [person('Johannes', 'Lunde', 'a@x.no'), person('Hilde', 'Ali', 'b@x.no')], shown: ['Johannes Lunde', 'Hilde Ali'] },
    {
      name: 'namesakes get their detail, the others not',
      people: [person('Johannes', 'Lunde', 'jl1@x.no'), person('Hilde', 'Ali', 'b@x.no'), person('Johannes', 'Lunde', 'jl2@x.no')],
      shown: ['Johannes Lunde (jl1@x.no)', 'Hilde Ali', 'Johannes Lunde (jl2@x.no)'],
    },
    { name: 'the same given name alone is no namesake', people: [person('Johannes', 'Lunde', 'a'), person('Johannes', 'Ali', 'b')], shown: ['Johannes Lunde', 'Johannes Ali'] },
    { name: 'an empty list', people: [], shown: [] },
  ])('$name', ({ people, shown }) => {
    expect(namesApart(people, (p) => p.email)).toEqual(shown);
  });
});
