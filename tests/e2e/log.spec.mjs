// The runner's own log (issue 24): from the training-load page, the log's own
// page (in the results module); files picked there are read by the log worker
// with a visible progress bar; back on the training-load page the answers it
// gives are marked and still editable; the result names the spike before the pain
// with the runner's numbers and the ceiling for the way back; a corrupt file
// among good ones is named and the rest is used; Cancel stops the reading;
// a large archive leaves the main thread free. The fixtures are written by
// tests/fixtures/logs/generate.mjs (FIT by Garmin's FIT SDK); the archive is
// built here.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { checkPage, watchErrors } from './helpers.mjs';
import { answerAll, start, TYPICAL } from './flow.mjs';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/logs');
const SEASON = path.join(FIXTURES, 'season');
const seasonFiles = () => fs.readdirSync(SEASON).sort()
  .map((name) => ({ name, mimeType: 'application/octet-stream', buffer: fs.readFileSync(path.join(SEASON, name)) }));
const brokenFit = () => ({
  name: 'broken.fit', mimeType: 'application/octet-stream',
  buffer: fs.readFileSync(path.join(SEASON, '2024-11-28-run.fit')).subarray(0, 700),
});

// The pain began on Sunday 1 Dec 2024; the check is on Tuesday 3 Dec, in Berlin.
const PLAN = {
  ...TYPICAL,
  onset: { date: '2024-12-01' },
  // Left as the log fills them.
  load_change: {}, rest_days: {}, shoe_km: {},
};
const TEXT = {
  en: {
    lang: 'en', locale: 'en-GB',
    read: 'Read my running log',
    back: 'Back to the training questions',
    progress: (n) => new RegExp(`Read 0 of ${n} files · 0\\.0 of \\d+\\.\\d MB`),
    done: '39 runs read from 43 files. 13 found twice and counted once. Left out: 1 walk or hike, 1 ride.',
    broken: 'broken.fit: damaged or cut off, so it could not be read',
    fromLog: 'from your log',
    spike: 'On 28 November you ran 21.1 km, 41 % more than your longest run in the 30 days before (15.0 km).',
    ceiling: 'keep any single run under 16.5 km: 15.0 km',
    caveat: 'not back pain on its own',
    source: 'How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study',
    cancelled: 'Reading stopped. Nothing from the log was used.',
    cancel: 'Cancel',
    restDays: '7 October to 1 December; in the last 4 weeks 4.0 days a week without a run.',
    seeResult: 'See my result',
  },
  de: {
    lang: 'de', locale: 'de-DE',
    read: 'Mein Lauflog einlesen',
    back: 'Zurück zu den Trainingsfragen',
    progress: (n) => new RegExp(`0 von ${n} Dateien gelesen · 0,0 von \\d+,\\d MB`),
    done: '39 Läufe aus 43 Dateien gelesen. 13 doppelt gefunden und einmal gezählt. Nicht berücksichtigt: 1 Geh- oder Wanderaktivität, 1 Radfahrt.',
    broken: 'broken.fit: beschädigt oder unvollständig und daher nicht lesbar',
    fromLog: 'aus deinem Lauflog',
    spike: 'Am 28. November bist du 21,1 km gelaufen, 41 % mehr als dein längster Lauf in den 30 Tagen davor (15,0 km).',
    ceiling: 'jeden einzelnen Lauf unter 16,5 km: 15,0 km',
    caveat: 'nicht Rückenschmerzen für sich',
    source: 'How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study',
    cancelled: 'Einlesen abgebrochen. Aus dem Lauflog wurde nichts übernommen.',
    cancel: 'Abbrechen',
    restDays: '7. Oktober bis 1. Dezember; in den letzten 4 Wochen 4,0 Tage pro Woche ohne Lauf.',
    seeResult: 'Mein Ergebnis anzeigen',
  },
};

/** From the training-load page to the log's page, with its file input. */
async function openLog(page, t) {
  const offer = page.locator('.log-offer');
  await expect(offer.getByRole('heading', { name: t.read })).toBeVisible();
  await offer.getByRole('link', { name: t.read }).click();
  await expect(page).toHaveURL(/#\/log$/);
  await expect(page.getByRole('heading', { level: 1, name: t.read })).toBeVisible();
}

/** Back from the log's page to the training-load page. */
async function backToTraining(page, t) {
  await page.getByRole('link', { name: t.back }).click();
  await expect(page).toHaveURL(/#\/q\/load_change$/);
  await page.locator('form[data-page="load_change"]').waitFor();
}

/** Holds the worker's wasm back until `release()`: the progress bar can be seen. */
async function holdWorker(page) {
  let release;
  const gate = new Promise((ok) => { release = ok; });
  await page.route('**/logworker_bg.wasm', async (route) => { await gate; await route.continue(); });
  return release;
}

for (const t of Object.values(TEXT)) {
  test.describe(`in ${t.lang}`, () => {
    // Without the service worker, whose fetches the gate on the worker's
    // wasm (page.route) would not see.
    test.use({ locale: t.locale, timezoneId: 'Europe/Berlin', serviceWorkers: 'block' });

    test(`a log fills the training answers and the result names the spike and the ceiling (${t.lang})`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors = watchErrors(page);
      await page.clock.setFixedTime(new Date('2024-12-03T10:00:00+01:00'));
      const release = await holdWorker(page);
      await start(page, t.lang);
      await answerAll(page, PLAN, async (key) => {
        if (key === 'load_change') {
          await openLog(page, t);
          const reader = page.locator('.log-reader');
          const files = [...seasonFiles(), brokenFit()];
          await page.locator('#log-files').setInputFiles(files);
          await expect(page.locator('#log-progress')).toBeVisible();
          await expect(page.locator('#log-progress-text')).toHaveText(t.progress(files.length));
          release();
          await expect(reader.locator('.log-outcome')).toContainText(t.done, { timeout: 90_000 });
          await expect(reader.locator('.log-problems')).toHaveText(t.broken);
          await checkPage(page, `log-read-${t.lang}`);
          await backToTraining(page, t);
          // Filled, marked, still editable.
          await expect(page.locator('#load_change-more')).toBeChecked();
          await expect(page.locator('#rest_days-2_plus')).toBeChecked();
          await expect(page.locator('.tag-log')).toHaveCount(2);
          await page.locator('#rest_days-1').check();
          await expect(page.locator('.tag-log')).toHaveCount(1);
          await page.locator('#rest_days-2_plus').check();
          await expect(page.locator('.tag-log')).toHaveCount(2);
          await checkPage(page, `question-log-read-${t.lang}`);
        }
        if (key === 'surface') {
          await expect(page.locator('#shoe_km-under_500')).toBeChecked();
          await expect(page.locator('.tag-log')).toHaveText([t.fromLog]);
        }
      });
      await page.getByRole('button', { name: t.seeResult }).click();
      const finding = page.locator('.log-finding');
      await expect(finding.locator('.log-spike')).toContainText(t.spike);
      // Km per week: 8 bars, and the rest days in words.
      await expect(finding.locator('.log-weeks rect.bar')).toHaveCount(8);
      await expect(finding.locator('.log-weeks figcaption')).toContainText(t.restDays);
      await expect(finding).toContainText(t.caveat);
      await expect(finding).toContainText(t.source);
      await expect(page.locator('.log-ceiling')).toContainText(t.ceiling);
      // Kept with the check: the saved result shows it after a reload, and
      // storage holds dates and distances, never a position.
      await page.reload();
      await expect(page.locator('.log-finding .log-spike')).toContainText(t.spike);
      const stored = await page.evaluate(() => Object.keys(localStorage)
        .filter((k) => k.startsWith('backcheck.check.')).map((k) => localStorage.getItem(k)).join('\n'));
      expect(stored).toContain('"spikes":[{"day":"2024-11-28","metres":21100,"longest_before":15000');
      expect(stored).not.toMatch(/"lat"|"lon"|position_lat/);
      expect(errors).toEqual([]);
    });

    test(`Cancel stops the reading and changes no answer (${t.lang})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.clock.setFixedTime(new Date('2024-12-03T10:00:00+01:00'));
      const release = await holdWorker(page);
      await start(page, t.lang);
      let reached = false;
      await answerAll(page, PLAN, async (key) => {
        if (key !== 'load_change') return;
        reached = true;
        // Picked before the log is opened: kept for the way back.
        await page.locator('#rest_days-1').check();
        await openLog(page, t);
        const started = page.waitForEvent('worker');
        await page.locator('#log-files').setInputFiles(seasonFiles());
        const worker = await started;
        const closed = new Promise((ok) => worker.on('close', ok));
        await expect(page.locator('#log-progress')).toBeVisible();
        await page.getByRole('button', { name: t.cancel }).click();
        await expect(page.locator('.log-reader')).toContainText(t.cancelled);
        // Cancel ends the worker itself (terminate), not just the view.
        await Promise.race([closed, new Promise((_, fail) => setTimeout(() => fail(new Error('the worker was not terminated')), 20_000))]);
        release();
        await backToTraining(page, t);
        await expect(page.locator('#load_change-more')).not.toBeChecked();
        await expect(page.locator('.tag-log')).toHaveCount(0);
        await expect(page.locator('#rest_days-1')).toBeChecked();
        // The runner answers themselves.
        await page.locator('#load_change-same').check();
        throw new Error('stop');
      }).catch((e) => { if (e.message !== 'stop') throw e; });
      expect(reached).toBe(true);
    });
  });
}

test('a large Strava archive is read while the main thread stays free', async ({ page }, info) => {
  test.setTimeout(180_000);
  // About 100 MB: the season's files as Strava lays them out, and photos
  // (which the reader never reads).
  const entries = { 'activities.csv': fs.readFileSync(path.join(SEASON, 'activities.csv')) };
  for (const f of seasonFiles()) entries[`activities/${f.name}`] = new Uint8Array(f.buffer);
  let seed = 1;
  for (let i = 0; i < 24; i++) {
    const photo = new Uint8Array(4 << 20);
    for (let j = 0; j < photo.length; j += 4) { seed = (seed * 1103515245 + 12345) >>> 0; photo[j] = seed & 255; }
    entries[`media/IMG_${i}.jpg`] = photo;
  }
  const zip = zipSync(entries, { level: 0 });
  const file = info.outputPath('export_1234.zip');
  fs.writeFileSync(file, zip);
  expect(zip.length).toBeGreaterThan(95 << 20);

  await page.clock.setFixedTime(new Date('2024-12-03T10:00:00+01:00'));
  await start(page);
  let reached = false;
  await answerAll(page, PLAN, async (key) => {
    if (key !== 'load_change') return;
    reached = true;
    await openLog(page, TEXT.en);
    // Every long task (50 ms or more) from the pick on; and the moment the
    // outcome is rendered (in the task that handles the worker's answer).
    await page.evaluate(() => {
      window.tasks = [];
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) window.tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        if (!window.doneAt && document.querySelector('.log-outcome')) window.doneAt = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('#log-files').setInputFiles(file);
    await expect(page.locator('.log-outcome')).toContainText('39 runs read', { timeout: 120_000 });
    // The observer reports a task after it ends: one more frame.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    const { tasks, doneAt } = await page.evaluate(() => ({ tasks: window.tasks, doneAt: window.doneAt }));
    // While the archive is read: the tasks that ended before the answer came.
    const reading = tasks.filter(([start, d]) => start + d < doneAt).map(([, d]) => d);
    const after = tasks.filter(([start, d]) => start + d >= doneAt).map(([, d]) => d);
    const longest = Math.max(0, ...reading);
    console.log(`${(zip.length / 1048576).toFixed(1)} MB archive: longest main-thread task while it was read ${longest.toFixed(0)} ms;`
      + ` the answer's render ${after.length ? `${Math.max(...after).toFixed(0)} ms` : 'under 50 ms'}`);
    expect(longest).toBeLessThan(50);
    throw new Error('stop');
  }).catch((e) => { if (e.message !== 'stop') throw e; });
  expect(reached).toBe(true);
});
