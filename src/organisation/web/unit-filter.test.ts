import { describe, expect, it } from 'vitest';
import type { MunicipalityDetail, UnitSummary } from '../schema.ts';
import { filterMunicipality } from './unit-filter.ts';

let next = 0;
function unit(name: string, kind: UnitSummary['kind'] = 'school'): UnitSummary {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return { id, name, kind, gradeFrom: null, gradeTo: null, staffCount: 10, childCount: null };
}

const detail: MunicipalityDetail = {
  municipality: {
    id: '00000000-0000-4000-8000-100000000000',
    code: '3199',
    name: 'Elvestad',
    countryCode: 'NO',
    locale: 'nb',
    districtCount: 2,
    unitCount: 5,
  },
  districts: [
    { id: '00000000-0000-4000-8000-200000000001', name: 'Øst', compass: 'east', units: [unit('Åsen skole'), unit('Haugen barnehage', 'kindergarten')] },
    { id: '00000000-0000-4000-8000-200000000002', name: 'Vest', compass: 'west', units: [unit('Vik skole')] },
  ],
  sharedUnits: [unit('PPT Elvestad', 'ppt')],
  cooperations: [
    {
      id: '00000000-0000-4000-8000-300000000001',
      name: 'Barnevernsvakta',
      kind: 'on_call',
      hostMunicipality: { id: '00000000-0000-4000-8000-100000000000', name: 'Elvestad' },
      members: [],
      units: [unit('Barnevernsvakta', 'on_call_service')],
    },
  ],
};

describe('filterMunicipality', () => {
  it('keeps everything, districts without units too, when the query is blank', () => {
    const filtered = filterMunicipality(detail, '   ');
    expect(filtered.active).toBe(false);
    expect(filtered.districts).toHaveLength(2);
    expect({ shown: filtered.shown, total: filtered.total }).toEqual({ shown: 5, total: 5 });
  });

  it('matches part of a name regardless of case, and drops districts without a match', () => {
    const filtered = filterMunicipality(detail, ' SKOLE ');
    expect(filtered.districts.map((district) => district.units.map((u) => u.name))).toEqual([['Åsen skole'], ['Vik skole']]);
    expect(filtered.sharedUnits).toEqual([]);
    expect(filtered.cooperations).toEqual([]);
    expect({ shown: filtered.shown, total: filtered.total }).toEqual({ shown: 2, total: 5 });
  });

  it('finds units in every part of the page: districts, shared units and cooperations', () => {
    expect(filterMunicipality(detail, 'åsen').districts[0]?.units[0]?.name).toBe('Åsen skole');
    expect(filterMunicipality(detail, 'ppt').sharedUnits).toHaveLength(1);
    expect(filterMunicipality(detail, 'vakt').cooperations[0]?.units).toHaveLength(1);
  });

  it('shows nothing, and says so through the counts, when nothing matches', () => {
    const filtered = filterMunicipality(detail, 'zzz');
    expect({ districts: filtered.districts, shown: filtered.shown, active: filtered.active }).toEqual({
      districts: [],
      shown: 0,
      active: true,
    });
  });
});
