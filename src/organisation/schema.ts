/**
 * The organisation API's shapes, shared by the server (validation, OpenAPI) and the web
 * (typed fetches). Names are camelCase here; the database's snake_case stays in repo.ts.
 */
import { z } from 'zod';
import { compassSchema, countryCodeSchema, localeSchema, roleSchema, unitKindSchema } from '../kernel/db/register-kinds.ts';
import { id } from '../kernel/validation/primitives.ts';

export { compassSchema, countryCodeSchema, localeSchema, roleSchema, unitKindSchema };

export const idParamsSchema = z.object({ id: id() });

/** A count that may be suppressed: below the small-count threshold it is null. */
export const suppressedCountSchema = z.number().int().nonnegative().nullable();

export const unitSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: unitKindSchema,
  gradeFrom: z.number().int().nullable(),
  gradeTo: z.number().int().nullable(),
  staffCount: z.number().int().nonnegative(),
  childCount: suppressedCountSchema,
});

export const municipalitySummarySchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  countryCode: countryCodeSchema,
  locale: localeSchema,
  districtCount: z.number().int().nonnegative(),
  unitCount: z.number().int().nonnegative(),
});

export const municipalityListSchema = z.object({ municipalities: z.array(municipalitySummarySchema) });

export const cooperationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.literal('on_call'),
  hostMunicipality: z.object({ id: z.uuid(), name: z.string() }),
  members: z.array(z.object({ id: z.uuid(), name: z.string() })),
  units: z.array(unitSummarySchema),
});

export const municipalityDetailSchema = z.object({
  municipality: municipalitySummarySchema,
  districts: z.array(
    z.object({ id: z.uuid(), name: z.string(), compass: compassSchema, units: z.array(unitSummarySchema) }),
  ),
  /** Municipality-wide units (child welfare, PPT, …) that belong to no district. */
  sharedUnits: z.array(unitSummarySchema),
  cooperations: z.array(cooperationSchema),
});

export const personSchema = z.object({
  id: z.uuid(),
  givenName: z.string(),
  familyName: z.string(),
  email: z.string(),
  roles: z.array(roleSchema),
});

export const unitDetailSchema = z.object({
  unit: unitSummarySchema.extend({
    municipality: z.object({ id: z.uuid(), name: z.string(), countryCode: countryCodeSchema }),
    district: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    cooperation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  }),
  people: z.array(personSchema),
  /** The register as group sizes only; names of children are not part of this page. */
  groups: z.array(z.object({ name: z.string(), grade: z.number().int().nullable(), childCount: suppressedCountSchema })),
});

export type Locale = z.infer<typeof localeSchema>;
export type { Role, UnitKind } from '../kernel/db/register-kinds.ts';
export type UnitSummary = z.infer<typeof unitSummarySchema>;
export type MunicipalitySummary = z.infer<typeof municipalitySummarySchema>;
export type MunicipalityList = z.infer<typeof municipalityListSchema>;
export type MunicipalityDetail = z.infer<typeof municipalityDetailSchema>;
export type UnitDetail = z.infer<typeof unitDetailSchema>;
export type Person = z.infer<typeof personSchema>;
