/**
 * A Norwegian concern report as the Fiks IO message body municipal case systems receive
 * (KS, `no.ks.fiks.bekymringsmelding.offentlig.v2`; schema copy in ../fiks-io/). The labels
 * inside the text fields are Norwegian because the receiver is a Norwegian case worker,
 * whatever language the reporter wrote the form in.
 */
import type { Address, ReportContent } from '../content-schema.ts';
import { normalisePhone } from './completeness.ts';

export interface FiksAddress {
  adresselinje1: string;
  postnummer: string;
  poststed: string;
}

export interface FiksMessage {
  kommunenummer: string;
  kommunenavn: string;
  bydelsnummer: string;
  bydelsnavn: string;
  offentligMelder: {
    personnavn: string;
    rolle: string;
    telefonnummer: string;
    epost: string;
    virksomhet: { navn: string; orgnr?: string; adresse: FiksAddress };
  };
  offentligBarn: Array<{
    fnr: string;
    ufoedt: boolean;
    personnavn: string;
    adresse: FiksAddress;
    orientert: boolean;
    orientertGrunn?: string;
  }>;
  foresatte: Array<{ personnavn: string; telefonnummer?: string; orientert: boolean; orientertGrunn?: string }>;
  behovForTolk: string;
  andreHjelpeinstanser: string;
  melding: { melding: string; historie: string; andreSynspunkter: string };
  sendingstidspunkt: string;
  leveringskanal: string;
}

export interface FiksExportInput {
  content: ReportContent;
  municipality: { code: string; name: string };
  sentAt: Date;
}

/**
 * Tidlig has no city districts (bydeler) in the Fiks sense; the schema requires two digits,
 * and "00" with an empty name is how a municipality without districts is sent.
 */
const NO_DISTRICT = { bydelsnummer: '00', bydelsnavn: '' };
/** The delivery channel KS's own example uses for reports sent from a professional's system. */
const CHANNEL = 'Fagsystem';

/** The message body; run it through validateFiksMessage before it leaves. */
export function toFiksMessage({ content, municipality, sentAt }: FiksExportInput): FiksMessage {
  const { child, reporter } = content;
  const orgnr = reporter.orgNumber.trim();
  return {
    kommunenummer: municipality.code,
    kommunenavn: oneLine(municipality.name),
    ...NO_DISTRICT,
    offentligMelder: {
      personnavn: oneLine(reporter.name),
      rolle: oneLine(reporter.role),
      telefonnummer: normalisePhone(reporter.phone),
      epost: reporter.email.trim(),
      virksomhet: { navn: oneLine(reporter.workplace), ...(orgnr ? { orgnr: oneLine(orgnr) } : {}), adresse: address(reporter.workplaceAddress) },
    },
    offentligBarn: [
      {
        fnr: child.unborn ? '' : child.nationalId.trim(),
        ufoedt: child.unborn,
        personnavn: oneLine(`${child.givenName} ${child.familyName}`),
        adresse: address(child.address),
        orientert: child.told === true,
        ...(child.told === true ? {} : { orientertGrunn: oneLine(child.notToldReason) }),
      },
    ],
    foresatte: content.guardians.map((g) => ({
      personnavn: oneLine(g.name),
      ...(g.phone.trim() ? { telefonnummer: oneLine(g.phone) } : {}),
      orientert: g.told === true,
      ...(g.told === true ? {} : { orientertGrunn: oneLine(g.notToldReason) }),
    })),
    behovForTolk: content.interpreter.trim() || 'Nei',
    andreHjelpeinstanser: content.otherAgencies.trim() || 'Ingen oppgitt',
    melding: {
      melding: content.observations
        .filter((o) => o.what.trim() !== '')
        .map((o) => {
          const words = o.childsWords.trim() ? `\nBarnets egne ord: «${o.childsWords.trim()}»` : '';
          return `${o.date || 'Udatert'}: ${o.what.trim()}${words}`;
        })
        .join('\n\n'),
      historie: content.duration.trim(),
      andreSynspunkter: `Tiltak enheten har prøvd: ${content.actionsTaken.trim()}`,
    },
    sendingstidspunkt: sentAt.toISOString(),
    leveringskanal: CHANNEL,
  };
}

function address(a: Address): FiksAddress {
  return { adresselinje1: oneLine(a.line1), postnummer: oneLine(a.postalCode), poststed: oneLine(a.postalTown) };
}

/** The schema's `^(.*)$` fields take one line: a line break would fail the receiver's check. */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}
