import { describe, expect, it } from 'vitest';
import { lawMessageKeys } from '../domain/law.ts';
import { concernMessages } from './messages.ts';

describe('the law texts', () => {
  it.each(['nb', 'nn', 'da', 'en'] as const)('has every key the law data names in %s', (language) => {
    const tree = concernMessages[language] as unknown as Record<string, Record<string, Record<string, string>>>;
    const missing = lawMessageKeys().filter((key) => {
      const [, group, leaf] = key.split('.') as [string, string, string];
      return typeof tree.law?.[group]?.[leaf] !== 'string';
    });
    expect(missing).toEqual([]);
  });
});
