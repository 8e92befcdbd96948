// Drives the questionnaire like a person: reads which question is on screen,
// answers it through the real inputs, presses Continue.
import { expect } from '@playwright/test';

export { field, opt, TYPICAL, WARNING_SIGNS, WITH_SELF_TESTS } from '../support/plans.mjs';
import { field, opt, WARNING_SIGNS } from '../support/plans.mjs';

/** The page on screen, named by its first question (from the URL). */
export function questionKey(page) {
  const m = /#\/q\/([^/]+)/.exec(new URL(page.url()).hash);
  return m ? m[1] : null;
}

/** Waits until the page on screen is the question page the URL names. */
export async function onQuestionPage(page) {
  const key = questionKey(page);
  if (key) await page.locator(`form[data-page="${key}"]`).waitFor();
  return key;
}

/** The questions on the page on screen, in order. */
export async function questionsOnPage(page) {
  await onQuestionPage(page);
  return page.locator('form [data-question]').evaluateAll((els) => els.map((e) => e.dataset.question));
}


/**
 * Fills one question's inputs (does not press Continue); `q` defaults to
 * the page's first question.
 */
export async function fill(page, a, q) {
  const key = q ?? await onQuestionPage(page);
  if (a.choice) await page.locator(opt(key, a.choice)).check();
  if (a.choices) for (const c of a.choices) await page.locator(opt(key, c)).check();
  if (a.scale !== undefined) await page.locator(opt(key, a.scale)).check();
  if (a.date) await page.locator(field(key, 0)).fill(a.date);
  if (a.daysAgo) await page.locator(field(key, 1)).fill(a.daysAgo);
  if (a.hold) await page.locator(field(key, 0)).fill(a.hold);
  if (a.pair) {
    await page.locator(field(key, 0)).fill(a.pair[0]);
    await page.locator(field(key, 1)).fill(a.pair[1]);
  }
}

/** Presses Continue (or Skip) and waits for the next page. */
export async function submit(page, a = {}) {
  const before = page.url();
  if (a.skip) await page.locator('form button[type=button].button-secondary').last().click();
  else await page.locator('form button[type=submit]').click();
  await page.waitForFunction((b) => location.href !== b, before);
}

/** What `plan` answers for `q`: warning signs default to "None of these". */
export function planned(plan, q) {
  const a = plan[q] ?? (WARNING_SIGNS.includes(q) ? { choices: ['none'] } : null);
  if (!a) throw new Error(`no answer planned for ${q}`);
  return a;
}

/** Fills every question on the page on screen from `plan`. */
export async function fillPage(page, plan) {
  const qs = await questionsOnPage(page);
  const answers = qs.map((q) => planned(plan, q));
  for (const [i, q] of qs.entries()) await fill(page, answers[i], q);
  return answers;
}

/**
 * Answers question pages until it leaves the questionnaire; returns the
 * pages seen (by their first question). `onPage(key)` runs on every page
 * before answering.
 */
export async function answerAll(page, plan, onPage = async () => {}) {
  const seen = [];
  for (let i = 0; i < 80; i++) {
    const key = await onQuestionPage(page);
    if (!key) return seen;
    await onPage(key);
    const answers = await fillPage(page, plan);
    await submit(page, answers.find((a) => a.skip) ?? {});
    seen.push(key);
  }
  throw new Error('the questionnaire did not end');
}

/**
 * Opens the start page and waits until the app has read storage, so that
 * what a test writes next is not raced by the app's own start-up.
 */
export async function openStarted(page) {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
}

/**
 * Loads the app afresh at `hash` (with what storage holds now), as opening
 * it does: the app that ran in the page is gone first. A hash change alone
 * would only take the running app to that page, and a module it mounts
 * reads storage before a reload could.
 */
export async function openFresh(page, hash) {
  await page.goto('about:blank');
  await page.goto(`/${hash}`);
}

/** Opens the app fresh and presses the start button. */
export async function start(page, lang = 'en') {
  await page.goto('/');
  await page.getByRole('button', { name: lang === 'de' ? 'Jetzt starten' : 'Start now' }).click();
  await expect(page).toHaveURL(/#\/q\/emergency_signs$/);
}
