import { test, expect } from '@playwright/test';
import { checkPage, watchErrors } from './helpers.mjs';

test('the start page renders from the WASM build and says what the check is', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back pain after running?');
  await expect(page.getByText('Your answers stay on this device')).toBeVisible();
  await expect(page.getByText('is not a diagnosis')).toBeVisible();
  await expect(page).toHaveTitle('Back pain after running? – Back Check');
  await checkPage(page, 'start-en');
  expect(errors).toEqual([]);
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });
  test('the app speaks German by default and sets the page language', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rückenschmerzen nach dem Laufen?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await checkPage(page, 'start-de');
  });
});

test('the static first paint shows the title before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back Check');
  await context.close();
});

test('an unknown address shows "page not found" with a way back', async ({ page }) => {
  await page.goto('/#/nowhere');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the start' }).click();
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
});
