interface Named {
  givenName: string;
  familyName: string;
}

/**
 * How each person in a list is shown so that namesakes can be told apart: the full name where
 * it is the only one in the list, else the name with a detail (an e-mail address, a role in
 * the team). Two "Johannes Lunde" in an owner list were otherwise the same choice twice.
 */
export function namesApart<P extends Named>(people: readonly P[], detail: (person: P) => string): string[] {
  const fullName = (person: P) => `${person.givenName} ${person.familyName}`;
  const counts = new Map<string, number>();
  for (const person of people) counts.set(fullName(person), (counts.get(fullName(person)) ?? 0) + 1);
  return people.map((person) => (counts.get(fullName(person))! > 1 ? `${fullName(person)} (${detail(person)})` : fullName(person)));
}
