import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { checkPage, watchErrors, SCREENSHOT_DIR } from './helpers.mjs';
import { answerAll, fill, onQuestionPage, questionKey, start, submit, TYPICAL, WITH_SELF_TESTS } from './flow.mjs';

// Page kinds to look at on the way through, by question.
const KINDS = {
  saddle_numbness: 'question-yes-no',
  onset: 'question-date',
  pain_now: 'question-scale',
  pain_triggers: 'question-multi',
  weekly_km: 'question-number',
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
  await expect(page.getByText('Question 1 of')).toBeVisible();
  await expect(page).toHaveTitle(/^Question 1 of \d+: Do you have numbness/);

  const seen = await answerAll(page, WITH_SELF_TESTS, async (key) => {
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
  expect(seen.length).toBe(41);

  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator(".summary-row")).toHaveCount(41);
  await checkPage(page, 'check-answers-en');
  await page.getByRole('button', { name: 'See my result' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your result');
  const verdict = page.locator('.verdict');
  await expect(verdict.locator('h2')).toHaveText('You can look after this yourself for now');
  await expect(verdict).toContainText('If it still hurts on');
  await expect(page.getByText('This is not a diagnosis')).toBeVisible();

  const sitting = page.locator('.finding', { hasText: 'Long hours of sitting' });
  await expect(sitting.locator('.tag')).toHaveText('Likely');
  const why = sitting.getByRole('button', { name: 'Why we think so' });
  await expect(why).toHaveAttribute('aria-expanded', 'false');
  await why.click();
  await expect(why).toHaveAttribute('aria-expanded', 'true');
  await expect(sitting).toContainText('Hours sitting a day: More than 8 hours');
  await expect(sitting).toContainText('seed 003_88a0b1659edef443.txt');
  await expect(page.locator('.finding', { hasText: 'Weak glutes' })).toContainText('Likely');
  // Possible contributors are folded away behind one button.
  const more = page.getByRole('button', { name: /^Show \d+ more possible contributors?$/ });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.finding', { hasText: 'Hard or uneven ground' })).toBeHidden();
  await more.click();
  await expect(page.locator('.finding', { hasText: 'Hard or uneven ground' }).locator('.tag')).toHaveText('Possible');

  const figures = page.locator('.plan-item svg.figure');
  expect(await figures.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.plan-item', { hasText: 'Glute bridge' })).toContainText('3 × 12 reps, 3 times a week');
  await expect(page.locator('.all-sources')).toContainText('Cai, Yang, Kong');
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
    await expect(page.getByText('Frage 1 von')).toBeVisible();
    await answerAll(page, { ...WITH_SELF_TESTS, onset: { daysAgo: '20' } }, (key) => visitKinds(page, 'de', key));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfe deine Antworten');
    await checkPage(page, 'check-answers-de');
    await page.getByRole('button', { name: 'Mein Ergebnis anzeigen' }).click();
    await expect(page.locator('.verdict h2')).toHaveText('Vereinbare einen Arzttermin');
    await expect(page.locator('.verdict')).toContainText('länger als 10 Tage');
    await expect(page.locator('.verdict')).toContainText('seed 003_88a0b1659edef443.txt (McDowell)');
    await expect(page.getByText('Das ist keine Diagnose')).toBeVisible();
    await expect(page.locator('.plan-item', { hasText: 'Wandsitzen' })).toHaveCount(0);
    await checkPage(page, 'result-de');
  });
});

test('a yes to an emergency sign shows the emergency screen at once', async ({ page }) => {
  await start(page);
  await fill(page, { choice: 'yes' });
  await submit(page);
  await expect(page).toHaveURL(/#\/emergency$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
  await expect(page.locator('.verdict h2')).toHaveText('Call emergency services now');
  await expect(page.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  await checkPage(page, 'emergency-en');

  // Answered by mistake: change it, and the questionnaire goes on.
  await page.getByRole('link', { name: /Answered by mistake/ }).click();
  await expect(page.locator('#opt-yes')).toBeChecked();
  await fill(page, { choice: 'no' });
  await submit(page);
  expect(questionKey(page)).toBe('bladder_bowel');
});

test.describe('emergency in German', () => {
  test.use({ locale: 'de-DE' });
  test('the emergency screen in German', async ({ page }) => {
    await start(page, 'de');
    await answerAll(page, { chest_pain: { choice: 'yes' } });
    await expect(page).toHaveURL(/#\/emergency$/);
    await expect(page.locator('.verdict h2')).toHaveText('Ruf jetzt den Notruf');
    await checkPage(page, 'emergency-de');
  });
});

test('browser back and forward move between questions and keep answers', async ({ page }) => {
  await start(page);
  await fill(page, { choice: 'no' });
  await submit(page);
  await fill(page, { choice: 'no' });
  await submit(page);
  expect(questionKey(page)).toBe('sexual_function');
  await page.goBack();
  expect(questionKey(page)).toBe('bladder_bowel');
  await expect(page.locator('#opt-no')).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.goBack();
  expect(questionKey(page)).toBe('saddle_numbness');
  await page.goForward();
  expect(questionKey(page)).toBe('bladder_bowel');
  await page.getByRole('link', { name: 'Back', exact: true }).click();
  expect(questionKey(page)).toBe('saddle_numbness');
});

test('answers survive a reload and the runner resumes where they left', async ({ page }) => {
  await start(page);
  for (let i = 0; i < 3; i++) {
    await fill(page, { choice: 'no' });
    await submit(page);
  }
  expect(questionKey(page)).toBe('leg_symptoms');
  await page.reload();
  await expect(page.getByText('Question 4 of')).toBeVisible();
  await page.goto('/');
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  expect(questionKey(page)).toBe('leg_symptoms');
  await page.goto('/#/q/bladder_bowel');
  await expect(page.locator('#opt-no')).toBeChecked();
});

test('"Change" on the check page goes to the question and comes back', async ({ page }) => {
  test.setTimeout(90_000);
  await start(page);
  await answerAll(page, TYPICAL);
  await page.getByRole('link', { name: 'Change Hours sitting a day' }).click();
  await expect(page).toHaveURL(/#\/q\/sitting\/change$/);
  await expect(page.locator('#opt-over_8')).toBeChecked();
  await fill(page, { choice: 'under_4' });
  await submit(page);
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.locator('.summary-row', { hasText: 'Hours sitting a day' })).toContainText('Less than 4 hours');

  // A change that opens follow-up questions asks them, then comes back.
  await page.getByRole('link', { name: 'Change Leg weakness or numbness' }).click();
  await fill(page, { choice: 'one_leg' });
  await submit(page);
  await expect(page).toHaveURL(/#\/q\/leg_worsening\/change$/);
  await answerAll(page, {});
  await expect(page).toHaveURL(/#\/check$/);
  await expect(page.locator('.summary-row', { hasText: 'One leg numb for over a week' })).toContainText('No');
});

test('switching language keeps every answer', async ({ page }) => {
  await start(page);
  await fill(page, { choice: 'no' });
  await submit(page);
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Blase oder Darm');
  await page.getByRole('link', { name: 'Zurück' }).click();
  await expect(page.locator('#opt-no')).toBeChecked();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Taubheitsgefühl');
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
  await expect(page).toHaveURL(/#\/q\/saddle_numbness$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  // Continue without an answer: the error summary takes focus and links to the field.
  await tabTo(page, 'form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.error-summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#opt-yes')).toBeFocused();

  const keyboardPlan = { ...TYPICAL, onset: { daysAgo: '3' } };
  for (let i = 0; i < 60 && questionKey(page); i++) {
    const key = await onQuestionPage(page);
    const a = keyboardPlan[key] ?? { choice: key === 'leg_symptoms' ? 'none' : 'no' };
    if (a.choice || a.scale !== undefined || a.choices) {
      const id = a.choice ?? a.choices?.[0] ?? String(a.scale);
      const first = await page.locator('form input').first().getAttribute('id');
      await tabTo(page, 'form input');
      if (a.choices) {
        await tabTo(page, `#opt-${id}`);
        await page.keyboard.press('Space');
      } else {
        // Arrow keys move through a radio group and select.
        await page.keyboard.press('Space');
        for (let n = 0; n < 12 && !(await page.locator(`#opt-${id}`).isChecked()); n++) {
          await page.keyboard.press('ArrowDown');
        }
        void first;
      }
      await expect(page.locator(`#opt-${id}`)).toBeChecked();
    } else if (a.number) {
      await tabTo(page, '#field-0');
      await page.keyboard.type(a.number);
    } else if (a.daysAgo) {
      await tabTo(page, '#field-1');
      await page.keyboard.type(a.daysAgo);
    }
    const before = page.url();
    await tabTo(page, 'form button[type=submit]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => location.href !== b, before);
  }
  await expect(page).toHaveURL(/#\/check$/);
  await tabTo(page, 'main button.button');
  await page.keyboard.press('Enter');
  await expect(page.locator('.verdict h2')).toHaveText('You can look after this yourself for now');
  await tabTo(page, 'button.disclosure-toggle');
  await page.keyboard.press('Enter');
  await expect(page.locator('.disclosure-panel').first()).toBeVisible();
});

test('a follow-up link that is not asked for these answers is skipped', async ({ page }) => {
  await start(page);
  await page.goto('/#/q/bone_risk');
  await expect(page).toHaveURL(/#\/q\/saddle_numbness$/);
});
