// Benchmark (not a test): Back Check, a bare Yew page and the same
// questionnaire built with SurveyJS (the peer), all release builds served on
// 127.0.0.1, loaded cold and interleaved in headless Chromium with 4x CPU
// throttling. Measures navigation -> the moment the page can be used, the same
// way for all three: a DOM observer sets the "bc-ready" performance mark when
// the first enabled control appears (the app: an input of its first question;
// the bare page: its button; the peer: its first question's input). Event
// handlers are in place by then (Yew and SurveyJS attach them as they render).
// An effect in the page would be later than that and unfair: Yew yields to the
// browser after a long render, so the app's effects run only after a layout
// and paint that the other two do not wait for. Prints medians, both ratios
// against their budgets, brotli sizes of everything each page loads, and
// Lighthouse's mobile scores.
// Usage: node scripts/bench.mjs [loads=20]   (at least 10; scripts/bench.sh builds first)
import { spawn, execFileSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { BUDGET, sizes } from './size-report.mjs';

const LOADS = Math.max(10, Number(process.argv[2] ?? 20));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const root = path.resolve(import.meta.dirname, '..');

function freePort() {
  return new Promise((ok) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

async function serve(dir) {
  const port = await freePort();
  const child = spawn('node', [path.join(root, 'scripts/serve-dist.mjs'), dir, String(port), '127.0.0.1'], { stdio: 'ignore' });
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/index.html`).then(() => true, () => false);
    if (up) return { child, url: `http://127.0.0.1:${port}/` };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server for ${dir} did not start`);
}

/** What counts as ready: the first enabled control of each page. */
const READY = {
  app: 'form[data-page] input:not([disabled])',
  bare: 'main button:not([disabled])',
  peer: '#survey input:not([disabled]), #survey textarea:not([disabled])',
};

/** Marks "bc-ready" when the first element matching `selector` appears. */
function markReady(selector) {
  const ready = () => {
    const input = document.querySelector(selector);
    if (input && !performance.getEntriesByName('bc-ready').length) { performance.mark('bc-ready'); return true; }
    return false;
  };
  new MutationObserver((_, obs) => { if (ready()) obs.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
}

/** One cold load: fresh context (no cache, no service worker), 4x slower CPU. */
async function load(browser, url, ready) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(markReady, ready);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bc-ready').length > 0, null, { timeout: 30_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('bc-ready')[0].startTime);
  await context.close();
  return ms;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const PEER_DIST = path.join(root, 'target/bench/peer/dist');
const app = await serve(path.join(root, 'dist'));
const bare = await serve(path.join(root, 'target/bench/bare'));
const peer = await serve(PEER_DIST);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const times = { app: [], bare: [], peer: [] };
  // Warm the servers (each compresses a file once) and the browser, not counted.
  await load(browser, `${app.url}#/q/emergency_signs`, READY.app);
  await load(browser, bare.url, READY.bare);
  await load(browser, peer.url, READY.peer);
  for (let i = 0; i < LOADS; i++) {
    times.app.push(await load(browser, `${app.url}#/q/emergency_signs`, READY.app));
    times.bare.push(await load(browser, bare.url, READY.bare));
    times.peer.push(await load(browser, peer.url, READY.peer));
  }
  await browser.close();

  const size = (dir) => sizes(dir).firstLoad;
  const appSize = size(path.join(root, 'dist'));
  const bareSize = size(path.join(root, 'target/bench/bare'));
  const peerSize = size(PEER_DIST);
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const line = (k, what) => `bench: ${k.padEnd(4)} ${what.padEnd(34)} median ${m[k].toFixed(0)} ms  (min ${Math.min(...times[k]).toFixed(0)}, max ${Math.max(...times[k]).toFixed(0)})`;
  console.log(`bench: ${LOADS} cold loads each, interleaved, headless Chromium, 4x CPU throttling`);
  console.log(line('app', 'first question input ready:'));
  console.log(line('bare', 'bare Yew page, button ready:'));
  console.log(line('peer', 'SurveyJS peer, first input ready:'));
  console.log(`bench: ratio app/bare: ${(m.app / m.bare).toFixed(2)}  (budget 1.75)`);
  console.log(`bench: ratio app/peer: ${(m.app / m.peer).toFixed(2)}  (budget 0.45)`);
  console.log(`bench: brotli size app ${appSize.brotli} B (first load; budget ${BUDGET} B), bare ${bareSize.brotli} B, peer ${peerSize.brotli} B`);
  console.log(`bench: raw size app ${appSize.raw} B, bare ${bareSize.raw} B, peer ${peerSize.raw} B`);

  // Lighthouse, mobile preset (its default), against the app's start page.
  const out = execFileSync(path.join(root, 'node_modules/.bin/lighthouse'), [app.url, '--output=json', '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=--headless=new --no-sandbox ${ARGS.join(' ')}`], {
    env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024,
  });
  const lhr = JSON.parse(out.toString());
  const score = (k) => Math.round(lhr.categories[k].score * 100);
  console.log(`bench: lighthouse mobile: performance ${score('performance')}, accessibility ${score('accessibility')}, best practices ${score('best-practices')}, SEO ${score('seo')}`);
} finally {
  app.child.kill();
  bare.child.kill();
  peer.child.kill();
}
