// Shared helpers for the end-to-end tests.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');
export const VIEWPORTS = [{ width: 360, height: 800 }, { width: 1280, height: 900 }];

/** Fails on any axe violation (WCAG 2.2 A/AA and best practice). */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * Full-page screenshots at 360 px and 1280 px, kept under
 * test-results/screenshots, and a check that 360 px needs no horizontal scroll.
 */
export async function screenshots(page, name) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal scroll on ${name} at ${size.width} px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(original);
}

/** Every button, text input, radio and checkbox is at least 24 × 24 px. */
export async function expectTargetsAtLeast24(page) {
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, input, .button, .back-link, .summary-actions a')]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 24 || r.height < 24)
      .map(({ e, r }) => `${e.outerHTML.slice(0, 60)} ${r.width}x${r.height}`));
  expect(small).toEqual([]);
}

/** Collects page errors, console errors and failed requests. */
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
  return errors;
}

/** Checks a page kind: no axe violations, targets, screenshots at both widths. */
export async function checkPage(page, name) {
  await expectNoAxeViolations(page);
  await expectTargetsAtLeast24(page);
  await screenshots(page, name);
}
