import type { TFunction } from 'i18next';
import { concernMessages } from './messages.ts';

type LawKey = `law.${'no' | 'dk'}.${'threshold' | 'timing'}` | `law.wait.${keyof typeof concernMessages.nb.law.wait}` | `law.acute.${keyof typeof concernMessages.nb.law.acute}`
  | `law.numbers.${keyof typeof concernMessages.nb.law.numbers}`;

/** The text of a law message key the server names (law.ts); an unknown key shows as itself rather than nothing. */
export function lawText(t: TFunction<'concerns'>, key: string): string {
  return isLawKey(key) ? t(key) : key;
}

function isLawKey(key: string): key is LawKey {
  const [root, group, leaf] = key.split('.');
  const tree = concernMessages.nb.law as Record<string, Record<string, string>>;
  return root === 'law' && group !== undefined && leaf !== undefined && typeof tree[group]?.[leaf] === 'string';
}
