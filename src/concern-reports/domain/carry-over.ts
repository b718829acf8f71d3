/**
 * Starting a concern report from a consultation: only what the user confirmed goes into the
 * draft's sections, each item into the section where the report asks for it. The texts that
 * frame a carried item (the category's name, "discussed with the network contact on …") come
 * in the reporter's language from the caller, so this stays a pure function.
 */
import type { ReportContent } from '../content-schema.ts';

export const CARRY_ITEMS = ['child', 'category', 'description', 'advice', 'followUps'] as const;
export type CarryItem = (typeof CARRY_ITEMS)[number];
export type Confirmed = Record<CarryItem, boolean>;

/** What a consultation can give a report; the child only when it was recorded with consent. */
export interface CarrySource {
  child: { nationalId: string; givenName: string; familyName: string } | null;
  categoryLabel: string;
  description: string;
  advice: string;
  followUps: { text: string; owner: string; dueOn: string }[];
}

/** The framing texts in the reporter's language, already filled in except for the item itself. */
export interface CarryTexts {
  category: (label: string) => string;
  advice: (advice: string) => string;
  followUp: (item: { text: string; owner: string; dueOn: string }) => string;
}

/** What decides which items are on offer; the web has it from the consultation it shows. */
export type OfferSource = Pick<CarrySource, 'description' | 'advice'> & { child: unknown; followUps: readonly unknown[] };

/** The items this consultation has to offer: nothing is offered that is empty or not there. */
export function offeredItems(source: OfferSource): CarryItem[] {
  return CARRY_ITEMS.filter((item) => {
    switch (item) {
      case 'child':
        return source.child !== null;
      case 'category':
        return true;
      case 'description':
        return source.description.trim() !== '';
      case 'advice':
        return source.advice.trim() !== '';
      case 'followUps':
        return source.followUps.length > 0;
    }
  });
}

/** The draft's content with the confirmed items written into it; items not offered are ignored. */
export function carryOver(content: ReportContent, source: CarrySource, confirmed: Confirmed, texts: CarryTexts): ReportContent {
  const offered = new Set(offeredItems(source));
  const take = (item: CarryItem) => confirmed[item] && offered.has(item);
  const next: ReportContent = structuredClone(content);
  if (take('child') && source.child) {
    next.child = { ...next.child, nationalId: source.child.nationalId, givenName: source.child.givenName, familyName: source.child.familyName };
  }
  const observed = [take('category') ? texts.category(source.categoryLabel) : '', take('description') ? source.description : ''].filter(Boolean);
  if (observed.length > 0) next.observations = [{ ...next.observations[0]!, what: observed.join('\n\n') }, ...next.observations.slice(1)];
  const done = [take('advice') ? texts.advice(source.advice) : '', ...(take('followUps') ? source.followUps.map(texts.followUp) : [])].filter(Boolean);
  if (done.length > 0) next.actionsTaken = done.join('\n');
  return next;
}
