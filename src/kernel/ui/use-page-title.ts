import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How much a title says. A page's own title outranks the loading state of any part of it (a
 * section that loads after the page has its title must not turn it back into "Loading …"),
 * and a page that turns out missing or broken says so over the title it was going to have.
 */
export type TitleRank = 'loading' | 'page' | 'status';
const RANKS: readonly TitleRank[] = ['loading', 'page', 'status'];

// Every mounted component's claim on the title, in the order they were made.
const claims = new Map<string, { title: string; rank: TitleRank }>();

/** The title the document shows: the highest-ranked claim, the latest among equals. */
export function currentTitle(): string | undefined {
  let best: { title: string; rank: TitleRank } | undefined;
  for (const claim of claims.values()) {
    if (!best || RANKS.indexOf(claim.rank) >= RANKS.indexOf(best.rank)) best = claim;
  }
  return best?.title;
}

/** Claims the title; `undefined` withdraws it. Returns the title to show now. */
export function claimTitle(id: string, claim: { title: string; rank: TitleRank } | undefined): string | undefined {
  claims.delete(id);
  if (claim) claims.set(id, claim);
  return currentTitle();
}

/**
 * Sets `document.title` to "<page> – Tidlig" in the current language while the component is
 * shown, and gives the title back to the rest of the page when it goes (see TitleRank).
 */
export function usePageTitle(page: string, rank: TitleRank = 'page'): void {
  const { t } = useTranslation();
  const id = useId();
  const title = t('pageTitle', { page });
  useEffect(() => {
    document.title = claimTitle(id, { title, rank }) ?? title;
    return () => {
      const rest = claimTitle(id, undefined);
      if (rest !== undefined) document.title = rest;
    };
  }, [id, title, rank]);
}
