/**
 * Validates a message body against KS's published schema before it is handed out, so a
 * receiving case system never gets a report it would refuse.
 */
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import address from './adresse.json' with { type: 'json' };
import schema from './offentlig.bekymringsmelding.v2.json' with { type: 'json' };

const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
// The report schema refers to "../adresse.json" from its own $id; the address schema's $id
// names another file, so it is registered under the address the reference resolves to.
ajv.addSchema({ ...address, $id: 'https://fiks.ks.no/adresse.json' });
const validate = ajv.compile(schema);

export interface SchemaIssue {
  path: string;
  keyword: string;
}

/** The schema's complaints about the message; empty when it is valid. */
export function validateFiksMessage(message: unknown): SchemaIssue[] {
  if (validate(message)) return [];
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword }));
}
