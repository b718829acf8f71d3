/**
 * The deterministic demo data generator behind `tidlig seed`: four synthetic municipalities
 * with their organisation, staff, children and guardians, as plain rows. Pure: no I/O, no
 * clock, no Math.random; the same options always give the same rows, ids included.
 */
import { populateChildren } from './children.ts';
import { emptyDemoData, type DemoData, type DemoOptions } from './data.ts';
import { createIdentityDesk } from './identity.ts';
import { buildMunicipality, buildOnCallService } from './organisation.ts';
import { municipalitySpecs, onCallSpec, type MunicipalitySpec } from './profiles.ts';
import { createRandom } from './random.ts';
import { createStaffDesk, staffMunicipality } from './staff.ts';
import { seatDemoTeam } from './teams.ts';

/** Generates the demo data for a seed and scale, ready to insert table by table. */
export function generateDemo({ seed, scale }: DemoOptions): DemoData {
  const random = createRandom(seed);
  const data = emptyDemoData();
  const ids = createIdentityDesk(random.fork());
  const onCall = onCallSpec();

  const municipalities = municipalitySpecs(scale).map((spec) => {
    const stream = random.fork();
    const built = buildMunicipality(data, stream, spec);
    return { built, stream, desk: createStaffDesk(data, stream, spec, built.id) };
  });
  const bySpec = (spec: MunicipalitySpec) => {
    const found = municipalities.find((m) => m.built.spec === spec);
    if (!found) throw new Error(`The on-call spec names a municipality that is not built: ${spec.name}`);
    return found;
  };
  const host = bySpec(onCall.host);
  const member = bySpec(onCall.member);
  const onCallUnit = buildOnCallService(data, random.fork(), onCall, host.built, member.built);
  // The numbers the concern report assistant gives for acute situations; made up, never dialled.
  for (const { built } of municipalities) data.service_phone.push({ unit_id: built.childWelfare.id, phone: demoPhone(built.spec, '0000') });
  data.service_phone.push({ unit_id: onCallUnit.id, phone: demoPhone(onCall.host, '1111') });

  for (const { built, stream, desk } of municipalities) {
    const contactPeople = staffMunicipality(stream, desk, built);
    if (built === host.built || built === member.built) {
      const workers = built === host.built ? onCall.workers.host : onCall.workers.member;
      for (let i = 0; i < workers; i += 1) desk.hire(onCallUnit, 'on_call_worker');
    }
    populateChildren(data, stream, ids, built, contactPeople);
  }
  for (const { built } of municipalities) seatDemoTeam(data, built);
  return data;
}

function demoPhone(spec: MunicipalitySpec, suffix: string): string {
  return `${spec.country === 'NO' ? '+47' : '+45'} ${spec.code.padStart(4, '0')} ${suffix}`;
}
