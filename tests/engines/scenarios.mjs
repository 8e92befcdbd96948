// What must work in every engine and language (issue 23). Each scenario
// starts from empty storage and gets a Session (flow.mjs); it throws on the
// first thing that is wrong. Assertions use classes, ids and the address;
// the only words checked are the page's language.
import fs from 'node:fs';
import path from 'node:path';
import { field, isoDaysAgo, opt, PAGE_KINDS, TYPICAL } from './flow.mjs';

const SEE_RESULT = 'main button.button:not(.button-secondary)';
const HISTORY_LINK = 'a.header-link[href="#/history"]';

/** The page is in the session's language (the app chose it from the browser's). */
async function inLanguage(s) {
  await s.until(`<html lang="${s.lang}">`, (l) => document.documentElement.lang === l, s.lang);
}

/** The saved checks the history table lists, as their level classes. */
const historyLevels = () => [...document.querySelectorAll('main tbody tr .level')]
  .map((e) => [...e.classList].find((c) => c.startsWith('level-')));

export const SCENARIOS = {
  async 'benign journey to the result: verdict, today, can I run, plan'(s) {
    await s.openStart();
    await inLanguage(s);
    await s.screenshot('start');
    await s.click('button.button-start');
    await s.atHash(/^#\/q\/emergency_signs$/);
    const seen = await s.answerAll(TYPICAL, {
      onPage: async (key) => { if (PAGE_KINDS[key]) await s.screenshot(PAGE_KINDS[key]); },
    });
    if (seen.length < 10) throw new Error(`only ${seen.length} pages: ${seen}`);
    await s.atHash(/^#\/check$/);
    await s.until('every answer listed', () => document.querySelectorAll('.summary-row').length >= 20);
    await s.screenshot('check-answers');
    await s.click(SEE_RESULT);
    await s.atHash(/^#\/result\/\d+$/);
    await s.visible('.verdict.verdict-self_care');
    const got = await s.b.eval(() => ({
      today: document.querySelectorAll('.today li').length > 0,
      run: !!document.querySelector('.can-run.can-run-easy_only .run-word'),
      recheck: !!document.querySelector('.recheck'),
      findings: document.querySelectorAll('.findings .finding').length > 0,
      plan: document.querySelectorAll('.plan .plan-item').length >= 4,
      figures: [...document.querySelectorAll('.plan-item svg.figure')].filter((f) => f.getBoundingClientRect().width > 50).length >= 4,
      verdictFirst: !!(document.querySelector('.verdict').compareDocumentPosition(document.querySelector('.today')) & Node.DOCUMENT_POSITION_FOLLOWING),
    }));
    const missing = Object.entries(got).filter(([, v]) => !v).map(([k]) => k);
    if (missing.length) throw new Error(`the result lacks: ${missing.join(', ')}`);
    await inLanguage(s);
    await s.screenshot('result');
  },

  async 'urgent stop page'(s) {
    await s.start();
    await s.answerAll({ onset: { daysAgo: '4' }, age: { choice: '30_to_49' }, urgent_signs: { choices: ['unwell', 'weight_loss'] } });
    await s.atHash(/^#\/result\/\d+$/);
    await s.visible('.stop.stop-urgent .verdict.verdict-urgent');
    const got = await s.b.eval(() => ({
      call116117: !!document.querySelector('a[href="tel:116117"]'),
      tellDoctor: document.querySelectorAll('.tell-doctor li').length >= 2,
      noPlan: !document.querySelector('.plan-list, .findings, .can-run, .recheck, svg.figure'),
    }));
    const missing = Object.entries(got).filter(([, v]) => !v).map(([k]) => k);
    if (missing.length) throw new Error(`the stop page is wrong: ${missing.join(', ')}`);
    await inLanguage(s);
    await s.screenshot('stop-urgent');
  },

  async 'reload and resume mid-questionnaire'(s) {
    await s.start();
    const plan = { onset: { daysAgo: '3' }, age: { choice: '18_to_29' } };
    for (let i = 0; i < 2; i++) {
      await s.fillPage(plan);
      await s.submit();
    }
    await s.atHash(/^#\/q\/urgent_signs$/);
    await s.reload();
    await s.visible('form[data-page="urgent_signs"]');
    // The service worker (installed on the first load) serves the reloaded page.
    await s.until('the service worker to control the page', () => !!navigator.serviceWorker.controller);
    // From the start page: continue where you left off.
    await s.openStart();
    await s.screenshot('start-resume');
    await s.click('main .button-group button.button:not(.button-secondary)');
    await s.atHash(/^#\/q\/urgent_signs$/);
    await s.visible('form[data-page="urgent_signs"]');
    // The earlier answers are there.
    await s.click('a.back-link');
    await s.atHash(/^#\/q\/onset$/);
    await s.visible(opt('age', '18_to_29'));
    await s.check('answers kept', (a, d) => document.querySelector(a).checked && document.querySelector(d).value !== '',
      opt('age', '18_to_29'), field('onset', 0));
  },

  async 'a saved check is in the history after a reload'(s) {
    await s.start();
    await s.answerAll({ onset: { daysAgo: '4' }, age: { choice: '30_to_49' }, urgent_signs: { choices: ['unwell'] } });
    await s.visible('.verdict.verdict-urgent');
    await s.reload();
    await s.visible('.verdict.verdict-urgent');
    await s.click(HISTORY_LINK);
    await s.atHash(/^#\/history$/);
    await s.until('one saved check', () => document.querySelectorAll('main tbody tr').length === 1);
    const levels = await s.b.eval(historyLevels);
    if (levels.join() !== 'level-urgent') throw new Error(`history lists ${levels}`);
    await inLanguage(s);
    await s.screenshot('history');
    // Opening it shows the saved result.
    await s.click('main tbody tr a[href^="#/result/"]');
    await s.atHash(/^#\/result\/\d+$/);
    await s.visible('.verdict.verdict-urgent');
  },

  async 'export and import of a file'(s) {
    await s.start();
    await s.answerAll({ onset: { daysAgo: '4' }, age: { choice: '30_to_49' }, urgent_signs: { choices: ['unwell'] } });
    await s.visible('.verdict.verdict-urgent');
    await s.click(HISTORY_LINK);
    await s.until('one saved check', () => document.querySelectorAll('main tbody tr').length === 1);
    // Export: the engine saves the file the page offers.
    const before = fs.readdirSync(s.b.downloads);
    await s.click('main .button-group button.button-secondary');
    const file = await s.b.waitForDownload(before, () => new Promise((r) => setTimeout(r, 50)), 30_000);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (exported.kind !== 'backcheck-export' || exported.data?.checks?.length !== 1) {
      throw new Error(`the exported file is not one check: ${fs.readFileSync(file, 'utf8').slice(0, 200)}`);
    }
    // A fresh device: nothing saved; the file brings the check back.
    await s.b.eval(() => { localStorage.clear(); sessionStorage.clear(); });
    await s.reload();
    await s.until('an empty history', () => !!document.querySelector('main h1') && document.querySelectorAll('main tbody tr').length === 0);
    await s.atHash(/^#\/history$/);
    await s.visible('#import-file');
    await s.b.setFile('#import-file', file);
    await s.visible('.banner');
    await s.until('the imported check listed', () => document.querySelectorAll('main tbody tr').length === 1);
    const levels = await s.b.eval(historyLevels);
    if (levels.join() !== 'level-urgent') throw new Error(`history lists ${levels}`);
    await s.screenshot('history-imported');
    // The same file again adds nothing.
    await s.b.setFile('#import-file', file);
    await s.until('two notices', () => document.querySelectorAll('.banner').length === 2);
    await s.check('still one check', () => document.querySelectorAll('main tbody tr').length === 1);
    fs.copyFileSync(file, path.join(s.shots, `export-${s.lang}.json`));
  },

  async 'the date input and the "days ago" input'(s) {
    const toOnset = async () => {
      await s.start();
      await s.fillPage({});
      await s.submit();
      await s.atHash(/^#\/q\/onset$/);
      await s.visible(field('onset', 0));
    };
    // A date after today, typed into the engine's own date field: refused, with a message.
    await toOnset();
    await s.typeDate(field('onset', 0), isoDaysAgo(-3));
    await s.click(opt('age', '30_to_49'));
    await s.click('form button[type=submit]');
    await s.visible('.error-summary');
    await s.atHash(/^#\/q\/onset$/);
    await s.screenshot('question-date-error');
    // A date five days back: taken, and kept.
    await s.reload();
    await s.visible(field('onset', 0));
    await s.until('an empty date field after the reload', (f) => document.querySelector(f).value === '', field('onset', 0));
    const typed = isoDaysAgo(5);
    await s.typeDate(field('onset', 0), typed);
    const value = await s.b.eval((f) => document.querySelector(f).value, field('onset', 0));
    if (value !== typed) throw new Error(`typed ${typed} into the date field, it holds "${value}"`);
    await s.click(opt('age', '30_to_49'));
    await s.submit();
    await s.atHash(/^#\/q\/urgent_signs$/);
    await s.b.back();
    await s.atHash(/^#\/q\/onset$/);
    await s.until('the date kept', (f, v) => document.querySelector(f)?.value === v, field('onset', 0), typed);
    // "Days ago" instead: becomes the date that many days back.
    await toOnset();
    await s.fillPage({ onset: { daysAgo: '12' }, age: { choice: '30_to_49' } });
    await s.screenshot('question-days-ago');
    await s.submit();
    await s.atHash(/^#\/q\/urgent_signs$/);
    await s.b.back();
    await s.atHash(/^#\/q\/onset$/);
    await s.until('12 days ago as the date', (f, v) => document.querySelector(f)?.value === v, field('onset', 0), isoDaysAgo(12));
  },

  async 'the stopwatch with a controlled clock'(s) {
    await s.start();
    await s.answerAll({ ...TYPICAL, pain_now: { scale: 2 }, do_self_tests: { choice: 'yes' } }, { stopAt: 'test_bridge' });
    await s.atHash(/^#\/q\/test_bridge$/);
    await s.visible('.timer .timer-button');
    const clock = (ms) => s.b.eval((t) => window.__engines.clock.tick(t), ms);
    const shown = () => s.b.eval(() => document.querySelector('.timer-clock').textContent.trim());
    const expectShown = (text) => s.until(`the stopwatch to show ${text}`, (t) => document.querySelector('.timer-clock')?.textContent.trim() === t, text);
    await s.b.eval(() => window.__engines.clock.stop());
    await s.click('.timer .timer-button');
    await expectShown('3');
    await clock(1000);
    await expectShown('2');
    await clock(2100);
    await clock(4000);
    await expectShown('0:04');
    await s.screenshot('self-test-timer-running');
    await s.click('.timer .timer-stop');
    await s.until('4 s in the left field', (f) => document.querySelector(f).value === '4', field('test_bridge', 0));
    // The right side runs to the 60-second cap: it stops itself, with a signal.
    await s.click('.timer .timer-button');
    await clock(3100);
    await clock(61_000);
    await s.until('60 s in the right field', (f) => document.querySelector(f).value === '60', field('test_bridge', 1));
    await s.check('both sides timed', () => /0:04[\s\S]*1:00/.test(document.querySelector('.timer-times').textContent));
    const calls = await s.b.eval(() => ({ ...window.__engines.calls, hasWakeLock: !!navigator.wakeLock, hasVibrate: typeof navigator.vibrate === 'function' }));
    if (calls.beep < 2) throw new Error(`expected the signal's tones, got ${JSON.stringify(calls)}`);
    // The screen is kept awake while each side runs, and let go after (where the engine grants it).
    if (calls.hasWakeLock && (calls.wakeLock !== 2 || calls.granted + calls.refused !== 2 || calls.release !== calls.granted)) {
      throw new Error(`expected a wake lock per side, each let go, got ${JSON.stringify(calls)}`);
    }
    if (calls.hasVibrate && calls.vibrate !== 1) throw new Error(`expected one vibration, got ${JSON.stringify(calls)}`);
    s.note(`stopwatch: ${(await shown())}; device calls ${JSON.stringify(calls)}`);
    await s.screenshot('self-test-timer-done');
    await s.submit();
  },
};
