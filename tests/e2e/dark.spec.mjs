// Dark mode: every kind of page keeps its contrast (axe), its targets and
// its layout; the figures stay legible. Screenshots land beside the light ones.
import { test, expect } from '@playwright/test';
import { checkPage } from './helpers.mjs';
import { answerAll, fill, start, submit, WITH_SELF_TESTS } from './flow.mjs';

test.use({ colorScheme: 'dark' });

test('dark mode: start, questions, a self-test, the result and the stop page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(18, 19, 20)');
  await checkPage(page, 'dark-start-en');
  await start(page);
  await checkPage(page, 'dark-question-warning-signs-en');
  await answerAll(page, WITH_SELF_TESTS, async (key) => {
    if (key === 'stress') await checkPage(page, 'dark-question-shared-en');
    if (key === 'test_bridge') await checkPage(page, 'dark-self-test-en');
  });
  await page.getByRole('button', { name: 'See my result' }).click();
  await page.locator('.verdict').waitFor();
  // An opened plan item shows its figure at full size.
  await page.locator('.plan-item.exercise .disclosure-toggle').first().click();
  await checkPage(page, 'dark-result-en');

  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await start(page);
  await fill(page, { choices: ['saddle'] });
  await submit(page);
  await expect(page.locator('.verdict-emergency')).toBeVisible();
  await checkPage(page, 'dark-stop-emergency-en');
});
