/**
 * The law of concern reports as data, one entry per country, each rule with the act and
 * paragraph it comes from (../../../shared/LAW.md). A lawyer reads and corrects it here; the
 * deadline arithmetic (deadlines.ts) and the assistant's texts (web/messages.ts, keyed by the
 * `*Key` fields) only interpret it. `check: true` marks a paragraph number the source was not
 * sure of: the duty is certain, the reference may need correcting.
 */
import type { CountryCode } from '../../kernel/db/tables.ts';

export interface LegalSource {
  act: string;
  /** The paragraph, or null when the guidance names none. */
  section: string | null;
  check: boolean;
  /** The public guidance the rule was read from. */
  guidance: string;
}

/** How a deadline is counted from its start. */
export type Span =
  | { unit: 'hours'; count: number }
  | { unit: 'weeks'; count: number }
  | { unit: 'months'; count: number }
  | { unit: 'working_days'; count: number };

export type DeadlineKind = 'review' | 'investigation' | 'feedback' | 'second_feedback' | 'urgency_assessment' | 'receipt';

/** What starts a deadline's clock: the report's receipt, or the date the investigation was concluded. */
export type ClockStart = 'receipt' | 'investigation_concluded';

export interface DeadlineRule {
  kind: DeadlineKind;
  span: Span;
  /** The longer span allowed in special cases, with the reason recorded. */
  extendedSpan?: Span;
  /** Runs only once an investigation is opened; counted from receipt all the same. */
  onlyWhenInvestigating: boolean;
  /** Counted from receipt unless the rule says otherwise; a later start runs only once it happened. */
  startsAt?: ClockStart;
  /** Shown as near when less than this many hours are left. */
  nearHours: number;
  source: LegalSource;
}

/** What the reporter may be told; anything else about the case stays with child welfare. */
export interface FeedbackRule {
  /** The report was received (both countries). */
  receipt: true;
  /** Whether an investigation was opened: to a public (NO) or professional (DK) reporter. */
  investigationOpened: boolean;
  /** How the investigation ended (closed, or followed up with measures): to a public reporter (NO). */
  investigationConcluded: boolean;
  source: LegalSource;
}

/**
 * A national number that always answers, given when the municipality has set none of its own
 * for the hours the regular service is closed. `labelKey` names it in web/messages.ts.
 */
export interface NationalNumber {
  labelKey: string;
  phone: string;
  /** Where the number and what it reaches were read. */
  source: string;
}

export interface CountryLaw {
  country: CountryCode;
  /** The duty to report: who, when, and the threshold in plain words (message key). */
  duty: { thresholdKey: string; timingKey: string; source: LegalSource };
  /** Things that are not a reason to wait before reporting (message keys). */
  notReasonsToWaitKeys: readonly string[];
  /** When to call at once instead of writing (message keys). */
  acuteSignKeys: readonly string[];
  deadlines: readonly DeadlineRule[];
  feedback: FeedbackRule;
  /** The numbers the acute advice falls back on, in the order to call them. */
  nationalNumbers: readonly NationalNumber[];
}

const NO_ACT = 'barnevernsloven (2021)';
const DK_ACT = 'Barnets lov (2024)';

const bufdir = (topic: string) => `bufdir.no: ${topic}`;

export const LAW: Record<CountryCode, CountryLaw> = {
  NO: {
    country: 'NO',
    duty: {
      thresholdKey: 'law.no.threshold',
      timingKey: 'law.no.timing',
      source: { act: NO_ACT, section: '§ 13-2', check: false, guidance: bufdir('melde fra som offentlig melder') },
    },
    notReasonsToWaitKeys: ['law.wait.certainty', 'law.wait.parents', 'law.wait.ownMeasures', 'law.wait.confidentiality'],
    acuteSignKeys: ['law.acute.violence', 'law.acute.abuse', 'law.acute.notSafeHome', 'law.acute.alone'],
    nationalNumbers: [
      { labelKey: 'law.numbers.police', phone: '112', source: 'politiet.no: nødnummer 112' },
      { labelKey: 'law.numbers.alarmtelefonen', phone: '116 111', source: '116111.no: Alarmtelefonen for barn og unge (Bufdir), open day and night' },
    ],
    deadlines: [
      {
        kind: 'review',
        span: { unit: 'weeks', count: 1 },
        onlyWhenInvestigating: false,
        nearHours: 48,
        source: { act: NO_ACT, section: '§ 2-1', check: true, guidance: bufdir('vurdere meldingen snarest') },
      },
      {
        kind: 'feedback',
        span: { unit: 'weeks', count: 3 },
        onlyWhenInvestigating: false,
        nearHours: 5 * 24,
        source: { act: NO_ACT, section: null, check: true, guidance: bufdir('tilbakemelding til den som har meldt') },
      },
      {
        kind: 'investigation',
        span: { unit: 'months', count: 3 },
        extendedSpan: { unit: 'months', count: 6 },
        onlyWhenInvestigating: true,
        nearHours: 14 * 24,
        source: { act: NO_ACT, section: '§ 2-2', check: true, guidance: 'statsforvalteren.no: når barnevernssaker tar meir tid' },
      },
      {
        // The second feedback to a public reporter: whether the investigation was closed or followed up.
        kind: 'second_feedback',
        span: { unit: 'weeks', count: 3 },
        onlyWhenInvestigating: true,
        startsAt: 'investigation_concluded',
        nearHours: 5 * 24,
        source: { act: NO_ACT, section: '§ 13-2', check: true, guidance: bufdir('tilbakemelding til den som har meldt') },
      },
    ],
    feedback: {
      receipt: true,
      investigationOpened: true,
      investigationConcluded: true,
      source: { act: NO_ACT, section: null, check: true, guidance: bufdir('tilbakemelding til den som har meldt') },
    },
  },
  DK: {
    country: 'DK',
    duty: {
      thresholdKey: 'law.dk.threshold',
      timingKey: 'law.dk.timing',
      source: { act: DK_ACT, section: '§§ 132–137', check: true, guidance: 'sm.dk: kommunens pligt ved underretninger' },
    },
    notReasonsToWaitKeys: ['law.wait.certainty', 'law.wait.parents', 'law.wait.ownMeasures', 'law.wait.confidentiality'],
    acuteSignKeys: ['law.acute.violence', 'law.acute.abuse', 'law.acute.notSafeHome', 'law.acute.alone'],
    nationalNumbers: [
      { labelKey: 'law.numbers.emergency', phone: '112', source: 'politi.dk: alarm 112' },
      { labelKey: 'law.numbers.policeDk', phone: '114', source: "politi.dk: 114; outside the municipality's opening hours the police reach the social on-call service (sm.dk: socialvagt)" },
    ],
    deadlines: [
      {
        kind: 'urgency_assessment',
        span: { unit: 'hours', count: 24 },
        onlyWhenInvestigating: false,
        nearHours: 6,
        source: { act: DK_ACT, section: '§§ 132–137', check: true, guidance: 'sm.dk: kommunens pligt ved underretninger' },
      },
      {
        kind: 'receipt',
        span: { unit: 'working_days', count: 6 },
        onlyWhenInvestigating: false,
        nearHours: 48,
        source: { act: DK_ACT, section: '§§ 132–137', check: true, guidance: 'sm.dk: kommunens pligt ved underretninger' },
      },
    ],
    feedback: {
      receipt: true,
      investigationOpened: true,
      investigationConcluded: false,
      source: { act: DK_ACT, section: '§§ 132–137', check: true, guidance: 'sm.dk: kommunens pligt ved underretninger' },
    },
  },
};

/** Every message key the law data names, so a test can hold the translations to them. */
export function lawMessageKeys(): string[] {
  return [
    ...new Set(
      Object.values(LAW).flatMap((law) => [law.duty.thresholdKey, law.duty.timingKey, ...law.notReasonsToWaitKeys, ...law.acuteSignKeys, ...law.nationalNumbers.map((n) => n.labelKey)]),
    ),
  ];
}
