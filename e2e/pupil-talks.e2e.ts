/**
 * Pupils' own requests, as the people involved meet them: a teacher at Lynghaugen skole
 * switches the school's device into pupil mode (and is logged out there); pupil mode shows in
 * all four languages; a pupil asks with the keyboard only; the school's network contact finds
 * the request, records the talk (a note with a phone number refused, the number highlighted,
 * then fixed), drafts the parent notice with the pupil and records it given. In a second case,
 * registered by the principal, the parents are not told: the case appears on intake's list.
 * A staff member then logs in on the device and turns pupil mode off.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerSchema } from '../src/children/schema.ts';
import { sessionSchema } from '../src/kernel/auth/session-schema.ts';
import { languageNames, uiLanguages } from '../src/kernel/i18n/languages.ts';
import { anonymityMessages } from '../src/anonymity/web/messages.ts';
import { commonMessages } from '../src/kernel/ui/messages.ts';
import { dateFormatIn } from '../src/kernel/ui/use-date-format.ts';
import { pupilTalksMessages } from '../src/pupil-talks/web/messages.ts';
import {
  expectPage,
  loggedInContext,
  logInAsDemo,
  newContext,
  newPage,
  screenshots,
  seriousAxeViolations,
  startTidlig,
  tabTo,
  waitForPage,
  zoneOnAnotherDate,
  type Tidlig,
} from './harness.ts';

const nb = pupilTalksMessages.nb;
const guard = anonymityMessages.nb.identifying;
const PHONE = '912 34 567';
const SCHOOL = 'Lynghaugen skole';

let tidlig: Tidlig;
let schoolId: string;
let pupil: { id: string; givenName: string; familyName: string };

beforeAll(async () => {
  tidlig = await startTidlig();
  const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad');
  const session = sessionSchema.parse(await (await contact.request.get('/api/session')).json());
  const school = session.user?.memberships.find((m) => m.unitName === SCHOOL && m.role === 'network_contact');
  if (!school) throw new Error(`the demo network contact does not serve ${SCHOOL}`);
  schoolId = school.unitId;
  const register = registerSchema.parse(await (await contact.request.get(`/api/units/${schoolId}/register`)).json());
  const first = register.children[0];
  if (!first) throw new Error(`${SCHOOL} has no pupils`);
  pupil = first;
  await contact.close();
});
afterAll(async () => {
  await tidlig?.close();
});

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** The network contact's list for the school, on the pupil talks page. */
async function openSchoolList(page: Page) {
  await page.goto('/pupil-talks');
  expect(await waitForPage(page)).toBe(nb.title);
  const section = page.getByRole('region', { name: nb.contact.heading });
  await section.getByLabel(nb.contact.unit).selectOption({ label: SCHOOL });
  await section.getByRole('button', { name: nb.contact.show }).click();
  await section.getByRole('heading', { name: `${nb.contact.openRequests} – ${SCHOOL}` }).waitFor();
  return section;
}

describe('pupil talks', () => {
  let device: Page;

  it('a teacher turns on pupil mode: logged out, nothing but the pupil’s page, in all four languages', async () => {
    const context = await newContext(tidlig, { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(context);
    device = page;
    await logInAsDemo(page, 'staff', 'Elvestad');
    await page.getByRole('navigation', { name: commonMessages.nb.nav.label }).getByRole('link', { name: commonMessages.nb.nav.pupilTalks }).click();
    await expectPage(page, nb.title);
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-talks-staff');

    await page.getByRole('button', { name: nb.pupilMode.open.replace('{{unit}}', SCHOOL) }).click();
    await page.waitForURL((url) => url.pathname === '/pupil-mode');
    await expectPage(page, nb.pupil.title);
    // The staff member's session is gone, and the page has no menu or header to wander into.
    const session = sessionSchema.parse(await (await page.request.get('/api/session')).json());
    expect(session.user).toBeNull();
    expect(await page.locator('header, nav.app-nav').count()).toBe(0);
    expect((await page.request.get(`/api/units/${schoolId}/pupil-talks`)).status()).toBe(401);

    // Back stays in pupil mode, and so does the staff login page reached any other way than the staff link.
    await page.goBack();
    await page.locator('main h1', { hasText: nb.pupil.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/pupil-mode');
    await page.goto('/login?next=%2Fpupil-talks');
    await page.waitForURL((url) => url.pathname === '/pupil-mode');
    await page.locator('main h1', { hasText: nb.pupil.title }).waitFor();
    await page.goBack();
    await page.locator('main h1', { hasText: nb.pupil.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/pupil-mode');

    for (const language of uiLanguages) {
      await page.getByRole('button', { name: languageNames[language] }).click();
      await page.locator('main h1', { hasText: pupilTalksMessages[language].pupil.title }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await page.getByRole('radio', { name: pupilTalksMessages[language].freeWhen.break }).waitFor();
      await expectAccessible(page);
      await screenshots(page, `${language}-pupil-mode`);
    }
    await page.getByRole('button', { name: languageNames.nb }).click();
    await page.locator('main h1', { hasText: nb.pupil.title }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('a pupil asks to talk, with the keyboard only', async () => {
    const page = device;
    await tabTo(page, 'input', 20);
    await page.keyboard.type('Mia');
    await page.keyboard.press('Enter');
    // Sent without a class: refused on the page, and the class field has the focus.
    await page.getByText(nb.pupil.classGroupMissing).waitFor();
    await page.keyboard.type('6B');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: nb.freeWhen.break }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: nb.topic.home }).isChecked()).toBe(true);
    await tabTo(page, { text: nb.pupil.send }, 5);
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: nb.pupil.thanks.replace('{{name}}', 'Mia') }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-mode-thanks');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectPage(page, nb.pupil.title);
    expect(await page.getByLabel(nb.pupil.firstName).inputValue()).toBe('');
  });

  it('the network contact records the talk: an identifying note is refused and highlighted, then fixed', async () => {
    // On a laptop whose calendar is a day off the school's, the notice is still given today, not refused.
    const context = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO', timezoneId: zoneOnAnotherDate() });
    const { page, consoleErrors } = await newPage(context);
    const section = await openSchoolList(page);
    const row = section.locator('tbody tr', { hasText: 'Mia' });
    await row.getByText(nb.freeWhen.break).waitFor();
    await row.getByText(nb.topic.home).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-talks-contact');

    await row.getByRole('link', { name: nb.contact.recordLabel.replace('{{name}}', 'Mia').replace('{{group}}', '6B') }).click();
    await expectPage(page, nb.record.title);
    expect(await page.getByLabel(nb.record.topic).inputValue()).toBe('home');
    await page.getByLabel(nb.record.followUp).check();
    const note = page.getByLabel(nb.record.note);
    await note.fill(`Mia ga meg mobilnummeret ${PHONE}`);
    await page.getByRole('button', { name: nb.record.submit }).click();
    const refusal = page.getByRole('alert').filter({ hasText: guard.title });
    await refusal.waitFor();
    expect(await refusal.locator('mark').allTextContents()).toEqual([PHONE]);
    await refusal.getByText(guard.kind.phone, { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-talk-identifying');

    await note.fill('Snakket om hvordan det er hjemme for tiden.');
    await page.getByRole('button', { name: nb.record.submit }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/pupil-talks/talks/'));
    await expectPage(page, nb.talk.title.replace('{{name}}', 'Mia').replace('{{group}}', '6B'));
    await page.getByText('Snakket om hvordan det er hjemme for tiden.').waitFor();

    // The notice, drafted with the pupil in the family's language (English here), then given.
    const notice = page.getByRole('region', { name: nb.talk.notice.heading });
    await notice.getByLabel(nb.talk.child).first().selectOption(pupil.id);
    await notice.getByLabel(nb.talk.notice.language).selectOption('en');
    await notice.getByRole('button', { name: nb.talk.notice.suggest }).click();
    const text = notice.getByLabel(nb.talk.notice.text, { exact: true });
    expect(await text.inputValue()).toContain(`${pupil.givenName} talked with`);
    expect(await text.inputValue()).toContain('things at home');
    await notice.getByRole('button', { name: nb.talk.notice.save }).click();
    await notice.getByText(nb.talk.notice.saved).waitFor();
    await notice.getByRole('heading', { name: nb.talk.notice.givenHeading }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-talk-notice-draft');

    await notice.getByRole('radio', { name: nb.talk.notice.howValue.phone }).check();
    const today = dateFormatIn('nb').dateTime(new Date().toISOString()).split(',')[0]!;
    await notice.getByRole('button', { name: nb.talk.notice.record }).click();
    await notice.getByText(nb.talk.notice.pupilWas).waitFor();
    // Given today on the school's clock, not on the laptop's day.
    expect(await notice.textContent()).toContain(today);
    await notice.getByText(nb.talk.notice.howValue.phone, { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-talk-notice-given');
    // The one 400 is the refused note, which Chromium logs as a failed resource.
    expect(consoleErrors.filter((message) => !message.includes('status of 400'))).toEqual([]);
    await context.close();
  });

  it('a second case: the principal registers it, the parents are not told, and it reaches intake’s list', async () => {
    const leader = await loggedInContext(tidlig, 'unit_leader', 'Elvestad', { locale: 'nb-NO' });
    const { page: leaderPage } = await newPage(leader);
    await leaderPage.goto('/pupil-talks');
    expect(await waitForPage(leaderPage)).toBe(nb.title);
    const register = leaderPage.getByRole('region', { name: nb.register.heading });
    await register.getByLabel(nb.register.firstName).fill('Jonas');
    await register.getByLabel(nb.register.classGroup).fill('7A');
    await register.getByLabel(nb.register.about).selectOption('home');
    await register.getByRole('button', { name: nb.register.submit }).click();
    await register.getByText(nb.register.done).waitFor();
    await expectAccessible(leaderPage);
    await leader.close();

    const contact = await loggedInContext(tidlig, 'network_contact', 'Elvestad', { locale: 'nb-NO' });
    const { page, consoleErrors } = await newPage(contact);
    const section = await openSchoolList(page);
    await section.getByRole('link', { name: nb.contact.recordLabel.replace('{{name}}', 'Jonas').replace('{{group}}', '7A') }).click();
    await expectPage(page, nb.record.title);
    await page.getByRole('button', { name: nb.record.submit }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/pupil-talks/talks/'));
    await expectPage(page, nb.talk.title.replace('{{name}}', 'Jonas').replace('{{group}}', '7A'));

    const reason = 'Eleven forteller om vold fra en forelder og er redd for hva som skjer om foreldrene får vite.';
    const notice = page.getByRole('region', { name: nb.talk.notice.heading });
    await notice.getByText(nb.talk.withhold.heading).click();
    const withhold = notice.locator('.pupil-talks__withhold');
    await withhold.getByLabel(nb.talk.child).selectOption(pupil.id);
    await withhold.getByLabel(nb.talk.withhold.reason).fill(reason);
    await expectAccessible(page);
    await withhold.getByRole('button', { name: nb.talk.withhold.submit }).click();
    await notice.getByText(nb.talk.withhold.done.split('{{date}}')[0]!, { exact: false }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'nb-pupil-talk-withheld');
    expect(consoleErrors).toEqual([]);
    await contact.close();

    const intake = await loggedInContext(tidlig, 'intake_worker', 'Elvestad', { locale: 'nb-NO' });
    const { page: intakePage, consoleErrors: intakeErrors } = await newPage(intake);
    await intakePage.goto('/pupil-talks');
    expect(await waitForPage(intakePage)).toBe(nb.title);
    const list = intakePage.getByRole('region', { name: nb.referrals.heading });
    const referral = list.locator('tbody tr', { hasText: reason });
    await referral.getByText(`${pupil.givenName} ${pupil.familyName}`).waitFor();
    await referral.getByText(SCHOOL).waitFor();
    await expectAccessible(intakePage);
    await screenshots(intakePage, 'nb-pupil-talk-intake-list');
    expect(intakeErrors).toEqual([]);
    await intake.close();
  });

  it('leaving pupil mode takes a staff member logging in, who then turns it off', async () => {
    const page = device;
    await page.getByRole('link', { name: nb.pupil.staffExit }).click();
    await page.waitForURL((url) => url.pathname === '/login');
    await logInAsDemo(page, 'staff', 'Elvestad');
    expect(await waitForPage(page)).toBe(nb.title);
    const active = page.getByText(nb.pupilMode.activeHere.replace('{{unit}}', SCHOOL));
    await active.waitFor();
    await page.getByRole('button', { name: nb.pupilMode.end }).click();
    await page.getByText(nb.pupilMode.ended).waitFor();
    expect(await (await page.request.get('/api/pupil-mode')).json()).toEqual({ mode: null });
    await page.goto('/pupil-mode');
    expect(await waitForPage(page)).toBe(nb.pupil.notOn);
    await expectAccessible(page);
    await page.context().close();
  });
});
