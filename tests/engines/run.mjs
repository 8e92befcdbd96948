// Runs every scenario (scenarios.mjs) in Firefox and WebKit, in English and
// German, against a release build, and ends with "engines: N passed, M failed".
// Usage: node tests/engines/run.mjs [--dist dist] [--engines firefox,webkit]
//        [--langs en,de] [--only text-in-a-scenario-name]
// WebKit needs a display: run.sh starts it under xvfb-run.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ENGINES, tmpWork } from './browsers.mjs';
import { Session } from './flow.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { serve } from './server.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    engines: { type: 'string', default: 'firefox,webkit' },
    langs: { type: 'string', default: 'en,de' },
    only: { type: 'string', default: '' },
  },
});
const OUT = path.join(ROOT, 'test-results', 'engines');
const SCENARIO_TIMEOUT = 240_000;

if (!fs.existsSync(path.join(opts.dist, 'index.html'))) {
  console.error(`engines: no release build in ${opts.dist} (run trunk build --release first)`);
  process.exit(2);
}

const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const within = (promise, ms, what) => {
  let timer;
  return Promise.race([promise, new Promise((_, no) => { timer = setTimeout(() => no(new Error(`${what}: not done in ${ms / 1000} s`)), ms); })])
    .finally(() => clearTimeout(timer));
};

const server = await serve(opts.dist);
const work = tmpWork();
const results = [];
const t0 = Date.now();
const scenarios = Object.entries(SCENARIOS).filter(([name]) => name.includes(opts.only));

for (const engine of opts.engines.split(',')) {
  const shots = path.join(OUT, engine);
  fs.rmSync(shots, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  for (const lang of opts.langs.split(',')) {
    let browser = null;
    for (const [name, run] of scenarios) {
      const started = Date.now();
      let error = null;
      let session = null;
      try {
        if (!browser) {
          browser = await within(ENGINES[engine](lang, work), 120_000, `starting ${engine}`);
          console.log(`\n--- ${engine} (${browser.version}), ${lang}: started in ${seconds(Date.now() - started)}`);
        }
        session = new Session(browser, server.url, lang, shots);
        // Empty storage: each scenario is a new runner on this device.
        await session.open('');
        await session.visible('#app main');
        await browser.eval(() => { localStorage.clear(); sessionStorage.clear(); });
        await within(run(session), SCENARIO_TIMEOUT, name);
        await session.collectErrors();
        if (session.errors.length) throw new Error(`errors on the page:\n    ${session.errors.join('\n    ')}`);
      } catch (e) {
        error = e;
        if (session) {
          await session.collectErrors().catch(() => {});
          const extra = session.errors.filter((x) => !e.message.includes(x));
          if (extra.length) error = new Error(`${e.message}\n  and errors on the page:\n    ${extra.join('\n    ')}`);
          await browser?.screenshot(path.join(shots, `failure-${slug(name)}-${lang}.png`)).catch(() => {});
          console.log(`    at ${await session.hash()}`);
        }
        // A fresh browser for the next scenario.
        await browser?.close().catch(() => {});
        browser = null;
      }
      const ms = Date.now() - started;
      results.push({ engine, lang, name, ok: !error, ms });
      console.log(`${error ? 'FAIL' : 'ok  '} ${engine} ${lang} ${name} (${seconds(ms)})`);
      for (const n of session?.notes ?? []) console.log(`     ${n}`);
      if (error) console.log(`     ${String(error.stack ?? error).split('\n').join('\n     ')}`);
    }
    await browser?.close().catch(() => {});
  }
}
await server.close();
fs.rmSync(work, { recursive: true, force: true });

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('\nper engine and language:');
for (const engine of opts.engines.split(',')) {
  for (const lang of opts.langs.split(',')) {
    const mine = results.filter((r) => r.engine === engine && r.lang === lang);
    const ms = mine.reduce((s, r) => s + r.ms, 0);
    console.log(`  ${engine} ${lang}: ${mine.filter((r) => r.ok).length}/${mine.length} passed in ${seconds(ms)}`);
  }
}
console.log(`screenshots: ${OUT}/<engine>/`);
console.log(`took ${seconds(Date.now() - t0)}`);
console.log(`engines: ${passed} passed, ${failed} failed`);
process.exit(failed || !results.length ? 1 : 0);
