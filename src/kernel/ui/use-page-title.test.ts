import { afterEach, describe, expect, it } from 'vitest';
import { claimTitle, type TitleRank } from './use-page-title.ts';

const claim = (title: string, rank: TitleRank) => ({ title, rank });

describe('the page title', () => {
  const ids: string[] = [];
  const mount = (id: string, title: string, rank: TitleRank) => {
    ids.push(id);
    return claimTitle(id, claim(title, rank));
  };
  afterEach(() => {
    for (const id of ids.splice(0)) claimTitle(id, undefined);
  });

  it('keeps the page’s own title when a part of it starts loading afterwards', () => {
    expect(mount('page', 'Book', 'page')).toBe('Book');
    expect(mount('section', 'Loading …', 'loading')).toBe('Book');
    expect(claimTitle('section', undefined)).toBe('Book');
  });

  it('says "Loading …" only while nothing else has a title, and gives way to the page once it has one', () => {
    expect(mount('spinner', 'Loading …', 'loading')).toBe('Loading …');
    expect(mount('page', 'Meeting 3 March', 'page')).toBe('Meeting 3 March');
    expect(claimTitle('spinner', undefined)).toBe('Meeting 3 March');
  });

  it('lets not found and errors speak over the page, and gives the title back when they go', () => {
    mount('page', 'Team', 'page');
    expect(mount('error', 'Something went wrong', 'status')).toBe('Something went wrong');
    expect(claimTitle('error', undefined)).toBe('Team');
  });

  it('follows the latest title among equals, and a changed one', () => {
    mount('old', 'Bookings', 'page');
    expect(mount('new', 'Week', 'page')).toBe('Week');
    expect(claimTitle('old', claim('Bookings 2', 'page'))).toBe('Bookings 2');
  });
});
