import { describe, expect, it } from 'vitest';
import { filterRegister, type RegisterChild } from './register-filter.ts';

let next = 0;
function child(givenName: string, familyName: string, groupName: string, grade: number | null): RegisterChild {
  next += 1;
  return { id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`, givenName, familyName, groupName, grade };
}

const compare = new Intl.Collator('nb').compare;
const register = [
  child('Åse', 'Berg', '2A', 2),
  child('Per', 'Dahl', '1B', 1),
  child('Ola', 'Øren', '1A', 1),
  child('Kari', 'Dahl', '1A', 1),
  child('Liv', 'Holm', 'Bjørnene', null),
];
const names = (children: RegisterChild[]) => children.map((c) => `${c.givenName} ${c.familyName}`);

describe('filterRegister', () => {
  it('orders by grade, class and name, groups without a grade last', () => {
    const { shown, active } = filterRegister(register, '  ', compare);
    expect(active).toBe(false);
    expect(names(shown)).toEqual(['Kari Dahl', 'Ola Øren', 'Per Dahl', 'Åse Berg', 'Liv Holm']);
  });

  it('finds part of a name regardless of case, and a whole class', () => {
    expect(names(filterRegister(register, ' DAHL', compare).shown)).toEqual(['Kari Dahl', 'Per Dahl']);
    expect(names(filterRegister(register, '1a', compare).shown)).toEqual(['Kari Dahl', 'Ola Øren']);
    expect(filterRegister(register, 'zzz', compare)).toEqual({ shown: [], active: true });
  });
});
