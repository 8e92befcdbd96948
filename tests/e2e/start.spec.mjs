import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, screenshots, watchErrors } from './helpers.mjs';

test('the start page renders from the WASM build, is accessible, and starts', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  // The app (not the static first paint) has rendered once its button is there.
  const start = page.getByRole('button', { name: /start/i });
  await expect(start).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back Check');
  await expectNoAxeViolations(page);
  await screenshots(page, 'start');
  await start.click();
  await expect(page.getByRole('status')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the static first paint shows the title before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back Check');
  await context.close();
});
