/**
 * The cross-sector team's year plan and the calendar page, as the people who use them:
 * Elvestad's demo unit leader chooses the team, proposes the year's meetings, moves one (and
 * meets a conflict with someone else's move), publishes, opens a meeting, is refused an
 * anonymous case with a phone number (the number highlighted), adds a clean one and an action
 * point, writes minutes (the draft survives a reload), marks the meeting held and finds the
 * action point carried over on the next meeting. The calendar page makes and deletes a feed
 * address with the keyboard only. A network contact sees the team read-only, and the team
 * page is checked in all four languages.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarMessages } from '../src/calendar/web/messages.ts';
import { uiLanguages } from '../src/kernel/i18n/languages.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { anonymityMessages } from '../src/anonymity/web/messages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { teamSchema } from '../src/teams/schema.ts';
import { teamsMessages } from '../src/teams/web/messages.ts';
import { expectPage, loggedInContext, newPage, rememberLanguage, screenshots, seriousAxeViolations, startTidlig, tabTo, waitForPage, type Tidlig } from './harness.ts';

const nb = teamsMessages.nb;
const guard = anonymityMessages.nb.identifying;
const PHONE = '912 34 567';

let tidlig: Tidlig;
let unitId = '';

beforeAll(async () => {
  tidlig = await startTidlig();
  const leader = await loggedInContext(tidlig, 'unit_leader', 'Elvestad');
  const session = sessionSchema.parse(await (await leader.request.get('/api/session')).json());
  unitId = session.user?.currentUnit?.id ?? '';
  if (!unitId) throw new Error('the unit leader has no unit');
  await leader.close();
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** The team as the API has it now, with the CSRF token for a write behind the page's back. */
async function teamNow(page: Page) {
  const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
  const team = teamSchema.parse(await (await page.request.get(`/api/units/${unitId}/team`)).json());
  return { team, csrf: session.csrfToken };
}

describe('a unit leader', () => {
  it('builds the year plan, publishes it, runs a meeting and finds the action point carried over', async () => {
    const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unitId}/team`);
    expect(await waitForPage(page)).toBe(nb.title);
    await page.getByText(nb.noMeetings).waitFor();
    await expectAccessible(page);

    // The demo seats a team of four; the leader adds the first person of each service to it.
    const members = page.getByRole('region', { name: nb.members }).locator('li');
    expect(await members.count()).toBe(4);
    await page.getByRole('button', { name: nb.membersForm.open }).click();
    for (const role of ['leader', 'family_centre', 'child_welfare', 'ppt'] as const) {
      await page.getByRole('group', { name: nb.role[role], exact: true }).getByRole('checkbox').first().check();
    }
    await expectAccessible(page);
    const chosen = await page.locator('main form input[type="checkbox"]:checked').count();
    expect(chosen).toBeGreaterThanOrEqual(4);
    await page.getByRole('button', { name: nb.membersForm.save }).click();
    await page.getByText(nb.membersForm.saved).waitFor();
    expect(await members.count()).toBe(chosen);

    // Propose six dates, then move one.
    await page.getByRole('button', { name: nb.plan.submit }).click();
    await page.getByText(nb.plan.proposed).waitFor();
    const meetings = page.locator('.meeting-list__item');
    expect(await meetings.count()).toBe(6);
    expect(await meetings.getByText(nb.status.proposed, { exact: true }).count()).toBe(6);
    await expectAccessible(page);
    await screenshots(page, 'nb-team-proposed');

    // Six asked for in three days around one proposed date: the page says only one fits.
    const { team: full } = await teamNow(page);
    const around = full.meetings[0]!.date;
    const shift = (days: number) => new Date(Date.parse(`${around}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const fromField = page.getByLabel(nb.plan.from);
    const toField = page.getByLabel(nb.plan.to);
    const wholeYear = { from: await fromField.inputValue(), to: await toField.inputValue() };
    await fromField.fill(shift(-1));
    await toField.fill(shift(1));
    await page.getByRole('button', { name: nb.plan.resubmit }).click();
    await page.getByText('Bare 1 av de 6 møtene får plass mellom første og siste dato, ett i uka. Velg en lengre periode for flere.').waitFor();
    expect(await meetings.count()).toBe(1);
    await expectAccessible(page);
    await screenshots(page, 'nb-team-proposed-fewer');
    // A field error says what is wrong there, without the shell's "check the address".
    const countField = page.getByLabel(nb.plan.count);
    await countField.fill('30');
    await page.getByRole('button', { name: nb.plan.resubmit }).click();
    await page.getByText(nb.errors.issue.count).waitFor();
    await page.getByText(nb.errors.fix_fields).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Sjekk adressen');
    await countField.fill('6');
    await fromField.fill(wholeYear.from);
    await toField.fill(wholeYear.to);
    await page.getByRole('button', { name: nb.plan.resubmit }).click();
    await page.getByText(nb.plan.proposed).waitFor();
    expect(await meetings.count()).toBe(6);

    await meetings.first().getByRole('button', { name: nb.move.open }).click();
    await meetings.first().getByLabel(nb.plan.start).fill('12:00');
    await meetings.first().getByLabel(nb.plan.end).fill('13:00');
    await meetings.first().getByRole('button', { name: nb.move.save }).click();
    await page.getByRole('status').filter({ hasText: /flyttet til/ }).waitFor();
    await meetings.first().getByText(/12:00–13:00/).waitFor();

    // Someone else moves the second meeting while the form is open: a conflict, and the fresh time.
    await meetings.nth(1).getByRole('button', { name: nb.move.open }).click();
    const { team, csrf } = await teamNow(page);
    const second = team.meetings[1]!;
    const moved = await page.request.put(`/api/units/${unitId}/team/meetings/${second.id}`, {
      headers: { 'x-csrf-token': csrf },
      data: { version: second.version, date: second.date, start: '09:00', end: '10:00' },
    });
    expect(moved.status()).toBe(200);
    await meetings.nth(1).getByRole('button', { name: nb.move.save }).click();
    await page.getByRole('alert').filter({ hasText: nb.errors.conflict }).waitFor();
    await meetings.nth(1).getByText(/09:00–10:00/).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: nb.plan.publish }).click();
    await page.getByText(nb.plan.published).waitFor();
    expect(await meetings.getByText(nb.status.published, { exact: true }).count()).toBe(6);
    await screenshots(page, 'nb-team-published');

    // The first meeting: an identifying anonymous case is refused, with the number marked.
    await meetings.first().getByRole('link').click();
    await expectPage(page, /^Møte /);
    await page.getByRole('radio', { name: nb.kind.anonymous_case }).check();
    const agendaText = page.getByLabel(nb.agendaForm.text, { exact: true });
    await agendaText.fill(`Jente i 3. klasse, mor har telefon ${PHONE}`);
    await page.getByRole('button', { name: nb.agendaForm.submit }).click();
    const refusal = page.getByRole('alert').filter({ hasText: guard.title });
    await refusal.waitFor();
    expect(await refusal.locator('mark').allTextContents()).toEqual([PHONE]);
    await refusal.getByText(guard.kind.phone, { exact: false }).waitFor();
    expect(await page.locator('.agenda-list li').count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'nb-meeting-identifying');

    await agendaText.fill('Jente i 3. klasse med mye fravær; hvordan følger vi opp?');
    await page.getByRole('button', { name: nb.agendaForm.submit }).click();
    await page.getByText(nb.agendaForm.added).waitFor();
    expect(await page.locator('.agenda-list li').count()).toBe(1);

    // An action point, owned by a team member.
    await page.getByLabel(nb.actionForm.text, { exact: true }).fill('Invitere helsesykepleier');
    await page.getByLabel(nb.actionForm.due, { exact: true }).fill('2027-01-15');
    await page.getByRole('button', { name: nb.actionForm.submit }).click();
    await page.getByText(nb.actionForm.added).waitFor();

    // Minutes: the draft survives a reload, then saving marks the meeting held.
    const minutes = page.getByLabel(nb.minutes.label, { exact: true });
    await minutes.fill('Vi drøftet fravær og ble enige om å invitere helsesykepleier.');
    await page.reload();
    await waitForPage(page);
    await page.getByText(nb.minutes.draftRestored).waitFor();
    expect(await minutes.inputValue()).toBe('Vi drøftet fravær og ble enige om å invitere helsesykepleier.');
    await page.getByRole('button', { name: nb.minutes.saveHeld }).click();
    await page.getByText(nb.minutes.savedHeld).waitFor();
    await page.getByText('Åpne oppfølgingspunkter flyttet til neste møte: 1.').waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-meeting-held');

    await page.getByRole('link', { name: nb.minutes.toNext }).click();
    await page.locator('.action-list__item', { hasText: 'Invitere helsesykepleier' }).getByText(/^Overført fra møtet /).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-meeting-carried-over');

    // The one 400 is the refused case, and the one 409 the conflict, which Chromium logs as failed resources.
    expect(consoleErrors.filter((m) => !m.includes('status of 400') && !m.includes('status of 409'))).toEqual([]);
    await context.close();
  });

  it('makes and deletes a calendar address with the keyboard only', async () => {
    const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    const cal = calendarMessages.nb;
    await page.goto('/organisation');
    await waitForPage(page);
    await tabTo(page, { text: commonMessages.nb.nav.calendar }, 30);
    await page.keyboard.press('Enter');
    await expectPage(page, cal.title);
    await page.getByText(cal.never).waitFor();
    await expectAccessible(page);

    await tabTo(page, { text: cal.create }, 30);
    await page.keyboard.press('Enter');
    await page.getByText(cal.secret).waitFor();
    const url = await page.getByRole('textbox', { name: cal.url }).inputValue();
    expect(url).toMatch(/^http:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{40,}\.ics$/);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    await expectAccessible(page);
    await screenshots(page, 'nb-calendar-created');

    await tabTo(page, { text: cal.revoke }, 30);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByText(cal.revoked).waitFor();
    expect((await page.request.get(url)).status()).toBe(404);
    await page.getByRole('button', { name: cal.create }).waitFor();
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('a network contact', () => {
  it('sees the team and its meetings without any controls', async () => {
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unitId}/team`);
    expect(await waitForPage(page)).toBe(nb.title);
    await page.getByText(nb.readOnly).waitFor();
    await page.locator('.meeting-list__item').first().waitFor();
    expect(await page.locator('main form button:not([type="submit"]), main section button').count()).toBe(0);
    await page.locator('.meeting-list__item').first().getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: nb.minutes.heading }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe.each(uiLanguages)('the team page in %s', (language) => {
  it('is in that language and accessible', async () => {
    const context = await loggedInContext(tidlig, 'unit_leader', 'Elvestad');
    await rememberLanguage(context, language);
    const { page, consoleErrors } = await newPage(context);
    await page.goto(`/units/${unitId}/team`);
    const messages = teamsMessages[language];
    expect(await waitForPage(page)).toBe(messages.title);
    expect(await page.getAttribute('html', 'lang')).toBe(language);
    await page.getByRole('heading', { level: 2, name: messages.members }).waitFor();
    await page.getByRole('heading', { level: 2, name: messages.meetings }).waitFor();
    await page.getByRole('button', { name: messages.membersForm.open }).waitFor();
    await expectAccessible(page);
    await screenshots(page, `${language}-team`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
