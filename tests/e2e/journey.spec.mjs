import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { checkPage, watchErrors, SCREENSHOT_DIR } from './helpers.mjs';
import { answerAll, field, fill, fillPage, opt, planned, questionKey, questionsOnPage, start, submit, TYPICAL, WITH_SELF_TESTS } from './flow.mjs';

// Page kinds to look at on the way through, by question.
const KINDS = {
  emergency_signs: 'question-warning-signs',
  do_self_tests: 'question-yes-no',
  onset: 'question-date',
  pain_now: 'question-scale',
  pain_site: 'question-multi',
  stress: 'question-shared',
  test_bridge: 'self-test-timer',
  test_stance: 'self-test-choice',
};

async function visitKinds(page, lang, key) {
  if (KINDS[key]) await checkPage(page, `${KINDS[key]}-${lang}`);
}

test('a complete check in English, with self-tests, ends in a sourced result', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await start(page);
  await expect(page.getByText('Part 1 of 5 · Warning signs')).toBeVisible();
  await expect(page).toHaveTitle(/^Part 1 of 5: Do you have any of these emergency signs\?/);

  // The progress never goes back and its total never changes.
  const parts = [];
  const seen = await answerAll(page, WITH_SELF_TESTS, async (key) => {
    const caption = await page.locator('.caption').first().textContent();
    const m = /^Part (\d) of (\d) · /.exec(caption);
    expect(m, caption).not.toBeNull();
    parts.push([Number(m[1]), Number(m[2])]);
    await visitKinds(page, 'en', key);
    if (key === 'pain_site') {
      // The error pattern: Continue with nothing selected.
      await page.locator('form button[type=submit]').click();
      const summary = page.locator('.error-summary');
      await expect(summary).toBeFocused();
      await expect(summary).toContainText('Select at least one answer');
      await expect(page).toHaveTitle(/^Error: /);
      await checkPage(page, 'question-error-en');
    }
  });
  expect(seen).toContain('test_side_plank');
  // 32 questions on 20 pages: 14 without the self-tests.
  expect(seen.length).toBe(20);
  expect(seen.filter((k) => !k.startsWith('test_')).length).toBe(14);
  for (let i = 1; i < parts.length; i++) expect(parts[i][0]).toBeGreaterThanOrEqual(parts[i - 1][0]);
  expect(new Set(parts.map((p) => p[1]))).toEqual(new Set([5]));
  expect(parts.at(-1)[0]).toBe(5);

  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('.summary-row')).toHaveCount(32);
  await checkPage(page, 'check-answers-en');
  await page.getByRole('button', { name: 'See my result' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result');
  const verdict = page.locator('.verdict');
  await expect(verdict.locator('h2')).toHaveText('You can look after this yourself for now');
  await expect(page.locator('.recheck')).toContainText('If it still hurts on');
  await expect(page.locator('.can-run')).toContainText('Can I run today?Easy only.');
  await expect(page.getByText('This is not a diagnosis')).toBeVisible();

  // Two answers (hours sitting, sitting makes it worse): likely. At most six
  // contributors; those beyond the first three are folded away behind one button.
  const more = page.getByRole('button', { name: /^Show \d+ more contributors?$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#more-findings')).toBeHidden();
  await more.click();
  const sitting = page.locator('.finding', { hasText: 'Long hours of sitting' });
  await expect(sitting.locator('.tag')).toHaveText('Likely');
  const why = sitting.getByRole('button', { name: /Long hours of sitting/ });
  await expect(why).toHaveAttribute('aria-expanded', 'false');
  await why.click();
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  await expect(sitting).toContainText('Hours sitting a day: More than 8 hours');
  await expect(sitting).toContainText('Nike: “Rückenschmerzen nach dem Laufen” (C. Buckingham, January 2025), orthopaedic surgeon John Hinson');
  // A failed self-test alone: likely; a good one rules its contributor out.
  await expect(page.locator('.finding', { hasText: 'Weak glutes' }).locator('.tag')).toHaveText('Likely');
  await expect(page.locator('.finding', { hasText: 'Weak thigh muscles' })).toHaveCount(0);
  expect(await page.locator('.finding').count()).toBeLessThanOrEqual(6);
  await expect(page.locator('#contributors-title')).toHaveText('What may be behind it');

  const figures = page.locator('.plan-item svg.figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(4);
  await expect(page.locator('.plan-item', { hasText: 'Glute bridge' })).toContainText('3 × 12 reps, 3 times a week');
  await expect(page.locator('.all-sources')).toContainText('Cai C, Yang Y, Kong PW');
  await expect(page.locator('main')).not.toContainText('.txt');
  await expect(page.locator('main')).not.toContainText('seed');
  await checkPage(page, 'result-en');

  // Print: no header or buttons, every "why" panel open, one A4 PDF kept.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.button-group')).toBeHidden();
  await expect(page.locator('.disclosure-panel').first()).toBeVisible();
  await expect(page.locator('.disclosure-panel').last()).toBeVisible();
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const pdf = await page.pdf({ format: 'A4', path: path.join(SCREENSHOT_DIR, 'result-en.pdf') });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  expect(errors).toEqual([]);
});

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });

  test('a complete check in German: pain for 20 days means booking a doctor', async ({ page }) => {
    test.setTimeout(120_000);
    await start(page, 'de');
    await expect(page.getByText('Teil 1 von 5 · Warnzeichen')).toBeVisible();
    await answerAll(page, { ...WITH_SELF_TESTS, onset: { daysAgo: '20' } }, (key) => visitKinds(page, 'de', key));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfe deine Antworten');
    await checkPage(page, 'check-answers-de');
    await page.getByRole('button', { name: 'Mein Ergebnis anzeigen' }).click();
    await expect(page.locator('.verdict h2')).toHaveText('Vereinbare einen Arzttermin');
    await expect(page.locator('.verdict')).toContainText('nach 10 Tagen nicht abgeklungen');
    await expect(page.locator('.verdict')).toContainText('Physiotherapeutin Milica McDowell');
    await expect(page.locator('.can-run')).toContainText('Kann ich heute laufen?Nein.');
    await expect(page.locator('.today li').first()).toContainText('sportmedizinischen Praxis an und vereinbare einen Termin');
    await expect(page.locator('.can-run')).toContainText('Kein Laufen, bis du ärztlich untersucht worden bist');
    await expect(page.getByText('Das ist keine Diagnose')).toBeVisible();
    // Until a doctor has seen it: no loaded strength work.
    for (const loaded of ['Beinpresse', 'Kreuzheben', 'Einbeinige Kniebeuge']) {
      await expect(page.locator('.plan-item', { hasText: loaded })).toHaveCount(0);
    }
    await checkPage(page, 'result-de');
  });
});

/** Ticks a sign on the page on screen and presses Continue. */
async function tickAndContinue(page, key) {
  await fill(page, { choices: [key] });
  await submit(page);
}

for (const lang of ['en', 'de']) {
  test.describe(`the stop, ${lang}`, () => {
    test.use({ locale: lang === 'de' ? 'de-DE' : 'en-GB' });
    const t = lang === 'de'
      ? { emergency: 'Wähl jetzt den Notruf', urgent: 'Geh heute zu einer Ärztin oder einem Arzt', tell: 'Was du der Ärztin oder dem Arzt sagen solltest',
          call112: '112 anrufen', call116: '116 117 anrufen', saddle: 'Reithosenbereich', fever: 'Fieber, Schüttelfrost oder Krankheitsgefühl',
          change: 'Antworten ändern', history: 'Verlauf' }
      : { emergency: 'Call emergency services now', urgent: 'See a doctor today', tell: 'What to tell the doctor',
          call112: 'Call 112', call116: 'Germany: call 116 117', saddle: 'Numbness or tingling in the saddle area',
          fever: 'Fever, chills or feeling unwell', change: 'Change your answers', history: 'History' };

    test('an emergency sign stops the questionnaire at once and shows whom to call', async ({ page }) => {
      await start(page, lang);
      await tickAndContinue(page, 'saddle');
      await expect(page).toHaveURL(/#\/result\/\d+$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.emergency);
      await expect(page.getByRole('link', { name: t.call112 })).toHaveAttribute('href', 'tel:112');
      await expect(page.locator('a[href="tel:999"]')).toBeVisible();
      const tell = page.locator('.tell-doctor');
      await expect(tell.getByRole('heading')).toHaveText(t.tell);
      await expect(tell).toContainText(t.saddle);
      // Only what to do: no contributors, no plan, no self-tests, no reminder.
      for (const absent of ['.findings', '.plan-list', '.recheck', '.can-run', '.safety-net', 'svg.figure']) {
        await expect(page.locator(absent)).toHaveCount(0);
      }
      await checkPage(page, `stop-emergency-${lang}`);

      // Ticked by mistake: the answers come back, the sign is ticked, the stop goes.
      await page.getByRole('button', { name: t.change }).click();
      await expect(page).toHaveURL(/#\/q\/emergency_signs$/);
      await expect(page.locator(opt('emergency_signs', 'saddle'))).toBeChecked();
      await fill(page, { choices: ['none'] });
      await expect(page.locator(opt('emergency_signs', 'saddle'))).not.toBeChecked();
      await submit(page);
      expect(questionKey(page)).toBe('onset');
      await page.goto('/#/history');
      await expect(page.locator('main tbody tr')).toHaveCount(0);
    });

    test('an urgent sign stops the questionnaire: a doctor today, and the check is saved', async ({ page }) => {
      await start(page, lang);
      await answerAll(page, { onset: { daysAgo: '4' }, age: { choice: '30_to_49' }, urgent_signs: { choices: ['unwell', 'weight_loss'] } });
      await expect(page).toHaveURL(/#\/result\/\d+$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.urgent);
      await expect(page.getByRole('link', { name: t.call116 })).toHaveAttribute('href', 'tel:116117');
      await expect(page.locator('a[href="tel:111"]')).toBeVisible();
      const tell = page.locator('.tell-doctor');
      await expect(tell).toContainText(t.fever);
      await expect(tell).toContainText(lang === 'de' ? 'Schmerzbeginn vor 4 Tagen' : 'Pain began 4 days ago');
      // Each sign on its own line (no capital after a semicolon).
      await expect(tell.locator('li li')).toHaveCount(2);
      await expect(tell).not.toContainText(';');
      for (const absent of ['.findings', '.plan-list', '.recheck', '.can-run', '.safety-net', 'svg.figure']) {
        await expect(page.locator(absent)).toHaveCount(0);
      }
      await checkPage(page, `stop-urgent-${lang}`);
      // Saved to the history like any check, with its verdict.
      const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('backcheck.check.'))
        .map((k) => localStorage.getItem(k)));
      expect(stored).toHaveLength(1);
      expect(stored[0]).toContain('"level":"urgent"');
      expect(await page.evaluate(() => localStorage.getItem('backcheck.draft'))).toBeNull();
      await page.getByRole('link', { name: t.history }).first().click();
      await expect(page.locator('main')).toContainText(t.urgent);
    });
  });
}

test('browser back and forward move between questions and keep answers', async ({ page }) => {
  await start(page);
  await fill(page, { choices: ['none'] });
  await submit(page);
  await fillPage(page, { onset: { daysAgo: '3' }, age: { choice: '30_to_49' } });
  await submit(page);
  expect(questionKey(page)).toBe('urgent_signs');
  await page.goBack();
  expect(questionKey(page)).toBe('onset');
  await expect(page.locator(field('onset', 0))).not.toHaveValue('');
  await expect(page.locator(opt('age', '30_to_49'))).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  expect(questionKey(page)).toBe('emergency_signs');
  await expect(page.locator(opt('emergency_signs', 'none'))).toBeChecked();
  await page.goForward();
  expect(questionKey(page)).toBe('onset');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  expect(questionKey(page)).toBe('emergency_signs');
});

test('answers survive a reload and the runner resumes where they left', async ({ page }) => {
  await start(page);
  const plan = { onset: { daysAgo: '3' }, age: { choice: '18_to_29' } };
  for (let i = 0; i < 2; i++) {
    await fillPage(page, plan);
    await submit(page);
  }
  expect(questionKey(page)).toBe('urgent_signs');
  await page.reload();
  await expect(page.getByText('Part 1 of 5')).toBeVisible();
  await page.goto('/');
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  expect(questionKey(page)).toBe('urgent_signs');
  // A link to a question opens its page.
  await page.goto('/#/q/age');
  await expect(page).toHaveURL(/#\/q\/onset$/);
  await expect(page.locator(opt('age', '18_to_29'))).toBeChecked();
});

test('"Change" on the check page goes to the question and comes back', async ({ page }) => {
  test.setTimeout(90_000);
  await start(page);
  await answerAll(page, TYPICAL);
  await page.getByRole('link', { name: 'Change Hours sitting a day' }).click();
  await expect(page).toHaveURL(/#\/q\/sitting\/change$/);
  await expect(page.locator(opt('sitting', 'over_8'))).toBeChecked();
  await fill(page, { choice: 'under_4' });
  await submit(page);
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.locator('.summary-row', { hasText: 'Hours sitting a day' })).toContainText('Less than 4 hours');

  // A change that opens a follow-up question asks it, then comes back.
  await page.getByRole('link', { name: "Change Signs for a doctor's appointment" }).click();
  await fill(page, { choices: ['hop_pain'] });
  await submit(page);
  await expect(page).toHaveURL(/#\/q\/bone_load\/change$/);
  await fill(page, { choices: ['none'] });
  await submit(page);
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.locator('.summary-row', { hasText: 'Bone overload' })).toContainText('None of these');

  // A question on a shared page: "Change" opens the page, then comes back.
  await page.getByRole('link', { name: 'Change Sleep' }).click();
  await expect(page).toHaveURL(/#\/q\/stress\/change$/);
  await fill(page, { choice: 'under_6' }, 'sleep');
  await submit(page);
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.locator('.summary-row', { hasText: 'Sleep' })).toContainText('Less than 6 hours');
});

test('switching language keeps every answer', async ({ page }) => {
  await start(page);
  await fill(page, { choices: ['none'] });
  await submit(page);
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Seit wann es wehtut und wie alt du bist');
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expect(page.locator(opt('emergency_signs', 'none'))).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hast du eines dieser Notfallzeichen?');
});

/** Presses Tab until `selector` has focus. */
async function tabTo(page, selector) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the whole check works with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await tabTo(page, 'button.button-start');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/q\/emergency_signs$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Continue without an answer: the error summary takes focus and links to the field.
  await tabTo(page, 'form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator(opt('emergency_signs', 'saddle'))).toBeFocused();

  const keyboardPlan = { ...TYPICAL, onset: { daysAgo: '3' } };
  for (let i = 0; i < 60 && questionKey(page); i++) {
    // The new page is on screen and its heading has focus: only then does
    // Tab start from it (the old page's button must not be taken for it).
    const qs = await questionsOnPage(page);
    if (i > 0) await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    for (const q of qs) {
      const a = planned(keyboardPlan, q);
      if (a.choice || a.scale !== undefined || a.choices) {
        const id = opt(q, a.choice ?? a.choices?.[0] ?? String(a.scale));
        if (a.choices) {
          await tabTo(page, id);
          await page.keyboard.press('Space');
        } else {
          // Tab enters a radio group once; arrow keys move through it and select.
          await tabTo(page, `input[name="${q}"]`);
          await page.keyboard.press('Space');
          for (let n = 0; n < 12 && !(await page.locator(id).isChecked()); n++) {
            await page.keyboard.press('ArrowDown');
          }
        }
        await expect(page.locator(id)).toBeChecked();
      } else if (a.daysAgo) {
        await tabTo(page, field(q, 1));
        await page.keyboard.type(a.daysAgo);
      }
    }
    const before = page.url();
    await tabTo(page, 'form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => location.href !== b, before);
  }
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await tabTo(page, 'main button.button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict h2')).toHaveText('You can look after this yourself for now');
  await tabTo(page, 'button.disclosure-toggle');
  await page.keyboard.press('Enter');
  await expect(page.locator('.disclosure-panel').first()).toBeVisible();
});

test('a follow-up link that is not asked for these answers is skipped', async ({ page }) => {
  await start(page);
  await page.goto('/#/q/bone_load');
  await expect(page).toHaveURL(/#\/q\/emergency_signs$/);
});
