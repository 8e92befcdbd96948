// Drives the questionnaire in any engine (see browsers.mjs), like
// tests/e2e/flow.mjs does in Chromium: reads which question is on screen
// from the address (#/q/<key>), answers it through the real inputs by their
// ids, presses Continue, and waits for the next page. Selects by ids, names
// and classes, never by wording, so that texts can change.
import fs from 'node:fs';
import path from 'node:path';

export { field, opt, TYPICAL, WARNING_SIGNS } from '../support/plans.mjs';
import { field, opt, WARNING_SIGNS } from '../support/plans.mjs';

/** The page kinds worth a screenshot, by the first question on the page. */
export const PAGE_KINDS = {
  emergency_signs: 'question-warning-signs',
  onset: 'question-date',
  pain_now: 'question-scale',
  pain_site: 'question-multi',
  stress: 'question-shared',
  do_self_tests: 'question-yes-no',
  test_bridge: 'self-test-timer',
};


/** A date `n` days before `now` (ms) as yyyy-mm-dd, in local time. */
export function isoDaysAgo(n, now = Date.now()) {
  const d = new Date(now);
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * A session of one engine in one language: the browser (browsers.mjs), the
 * app's address, and where screenshots go. Collects the page's errors across
 * loads: any error fails the scenario.
 */
export class Session {
  constructor(browser, base, lang, shots) {
    Object.assign(this, { b: browser, base, lang, shots, errors: [], notes: [] });
  }

  /** A line for the report (what an engine did, not a failure). */
  note(text) {
    this.notes.push(text);
  }

  /** Takes the errors the probe and the engine saw since the last call. */
  async collectErrors() {
    const fromPage = await this.b.eval(() => {
      if (window.__engines) return window.__engines.takeErrors();
      return location.protocol === 'http:' ? [`the test probe did not load on ${location.href}`] : [];
    })
      .catch((e) => [`could not read the page's errors: ${e.message}`]);
    this.errors.push(...fromPage, ...this.b.nativeErrors());
  }

  /** Opens an address of the app (a hash such as '#/history', or '' for the start). */
  async open(hash = '') {
    await this.collectErrors();
    await this.b.goto(this.base + hash);
  }

  async reload() {
    await this.collectErrors();
    await this.b.reload();
  }

  /**
   * Waits until `fn(...args)`, run in the page, is truthy; returns its value.
   * Polls the page's state: a wait for a condition, never for time.
   */
  async until(what, fn, ...args) {
    const deadline = Date.now() + 30_000;
    let last;
    for (;;) {
      try {
        last = await this.b.eval(fn, ...args);
        if (last) return last;
      } catch (e) {
        // A page being replaced (reload, navigation) cannot answer: ask again.
        last = e.message;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(last)}) at ${await this.hash()}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Waits for an element matching `css` that is rendered (has a box). */
  visible(css) {
    return this.until(`${css} to be visible`, (s) => {
      const e = document.querySelector(s);
      return !!e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    }, css);
  }

  /** Waits for the address's hash to match `re`. */
  async atHash(re) {
    await this.until(`the address to match ${re}`, (src) => new RegExp(src).test(location.hash), re.source);
  }

  hash() {
    return this.b.eval(() => location.hash).catch(() => '?');
  }

  /** Fails unless `fn(...args)`, run in the page, returns true. */
  async check(what, fn, ...args) {
    const ok = await this.b.eval(fn, ...args);
    if (ok !== true) throw new Error(`${what}: got ${JSON.stringify(ok)}`);
  }

  async click(css) {
    await this.visible(css);
    await this.b.click(css);
  }

  /** The start page, with the app up (it has read storage). */
  async openStart() {
    await this.open('');
    await this.visible('main button.button');
  }

  /** Starts a new check from the start page ("Start now", or "Start again" with one in progress). */
  async start() {
    await this.openStart();
    await this.click('button.button-start, main .button-group button.button-secondary');
    await this.atHash(/^#\/q\/emergency_signs$/);
    await this.visible('form[data-page="emergency_signs"]');
  }

  /** The question page on screen (by its first question), or null when not on one. */
  async questionKey() {
    const m = /#\/q\/([^/]+)/.exec(await this.hash());
    return m ? m[1] : null;
  }

  /** Waits until the page the address names is on screen; returns its questions. */
  async questionsOnPage() {
    const key = await this.questionKey();
    await this.visible(`form[data-page="${key}"]`);
    return this.b.eval(() => [...document.querySelectorAll('form [data-question]')].map((e) => e.dataset.question));
  }

  /** Fills one question's inputs as planned. */
  async fill(q, a) {
    if (a.choice) await this.click(opt(q, a.choice));
    if (a.choices) for (const c of a.choices) await this.click(opt(q, c));
    if (a.scale !== undefined) await this.click(opt(q, a.scale));
    if (a.date) await this.typeDate(field(q, 0), a.date);
    if (a.daysAgo) await this.b.type(field(q, 1), a.daysAgo);
    if (a.hold) await this.b.type(field(q, 0), a.hold);
    if (a.pair) {
      await this.b.type(field(q, 0), a.pair[0]);
      await this.b.type(field(q, 1), a.pair[1]);
    }
  }

  /** Presses Continue and waits for the address to change. */
  async submit() {
    const before = await this.b.eval(() => location.href);
    await this.click('form button[type=submit]');
    await this.until('the next page', (b) => location.href !== b, before);
  }

  /** Fills every question on the page on screen from `plan`. */
  async fillPage(plan) {
    for (const q of await this.questionsOnPage()) {
      const a = plan[q] ?? (WARNING_SIGNS.includes(q) ? { choices: ['none'] } : null);
      if (!a) throw new Error(`no answer planned for question ${q}`);
      await this.fill(q, a);
    }
  }

  /**
   * Answers question pages until the questionnaire ends or `stopAt` is on
   * screen; `onPage(key)` runs on each page first. Returns the pages seen.
   */
  async answerAll(plan, { onPage = async () => {}, stopAt = null } = {}) {
    const seen = [];
    for (let i = 0; i < 80; i++) {
      const key = await this.questionKey();
      if (!key || key === stopAt) return seen;
      await this.questionsOnPage();
      await onPage(key);
      await this.fillPage(plan);
      await this.submit();
      seen.push(key);
    }
    throw new Error('the questionnaire did not end');
  }

  /**
   * Types a date into a date input as a person would: day, month and year
   * in the order and with the separators of the engine's locale (Firefox
   * ESR here shows month/day/year whatever the page's language, WebKit its
   * process locale's order). The engine's own field takes the keys; its
   * value is never set from a script.
   */
  async typeDate(css, iso) {
    const parts = await this.b.eval(() => new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2001, 10, 22)).map((p) => [p.type, p.value]));
    const [year, month, day] = iso.split('-');
    const digits = { year, month, day };
    await this.visible(css);
    await this.b.type(css, parts.map(([type, value]) => digits[type] ?? value).join(''));
  }

  /** A full-page screenshot at phone width, named by page kind and language. */
  async screenshot(kind) {
    fs.mkdirSync(this.shots, { recursive: true });
    const overflow = await this.b.eval(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) throw new Error(`${kind}: the page scrolls sideways by ${overflow} px at 360 px`);
    await this.b.screenshot(path.join(this.shots, `${kind}-${this.lang}.png`));
  }
}
