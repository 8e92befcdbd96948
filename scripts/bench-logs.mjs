// Benchmark (not a test): the log worker in headless Chromium, against a
// release build in dist/. Reads the files written by the native bench
// (logreader/examples/bench.rs): 1,000 run files, then a Strava-style archive
// of about 100 MB, each picked through a file input as a runner would, and
// prints the time from posting the files to the worker's answer, the progress
// messages seen, and the main thread's longest task meanwhile (Long Tasks API).
// Usage: node scripts/bench-logs.mjs <dir written by the native bench>
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { chromium } from '@playwright/test';

const dir = path.resolve(process.argv[2] ?? 'target/bench-logs');
const root = path.resolve(import.meta.dirname, '..');
const port = await new Promise((ok) => {
  const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});
const server = spawn('node', [path.join(root, 'scripts/serve-dist.mjs'), path.join(root, 'dist'), String(port), '127.0.0.1'], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50 && !(await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false)); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const page = await (await browser.newContext({ timezoneId: 'Europe/Berlin' })).newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  // The worker's wasm once, so that its download and compilation are not timed.
  await page.evaluate(() => new Promise((ok) => {
    const w = new Worker('./logworker_loader.js');
    w.onmessage = () => { w.terminate(); ok(); };
  }));
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file'; input.multiple = true; input.id = 'bench-files';
    document.body.append(input);
  });
  const run = async (label, files) => {
    await page.setInputFiles('#bench-files', files);
    const r = await page.evaluate(() => new Promise((ok) => {
      const files = [...document.getElementById('bench-files').files];
      const tasks = [];
      const obs = new PerformanceObserver((l) => tasks.push(...l.getEntries().map((e) => e.duration)));
      obs.observe({ type: 'longtask' });
      const w = new Worker('./logworker_loader.js');
      let t0 = 0, progress = 0;
      // The app's protocol (assessment::logread): "ready", then JSON
      // { progress, done }; the page posts [onset, language, File…].
      w.onmessage = (e) => {
        if (e.data === 'ready') { t0 = performance.now(); w.postMessage(['2024-12-01', 'en', ...files]); return; }
        const m = JSON.parse(e.data);
        if (!m.done) { progress++; return; }
        const ms = performance.now() - t0;
        w.terminate();
        setTimeout(() => { obs.disconnect(); ok({ ms, progress, report: m.done.report, longest: Math.max(0, ...tasks) }); }, 100);
      };
    }));
    const mb = files.reduce((t, f) => t + fs.statSync(f).size, 0) / 1048576;
    console.log(`bench-logs: worker: ${label} (${mb.toFixed(1)} MB): ${r.ms.toFixed(0)} ms, ${r.progress} progress messages, longest main-thread task ${r.longest.toFixed(0)} ms (${r.report})`);
  };
  const thousand = fs.readdirSync(path.join(dir, 'thousand')).map((f) => path.join(dir, 'thousand', f));
  await run('1000 files', thousand);
  await run('archive', [path.join(dir, 'export.zip')]);
  await browser.close();
} finally {
  server.kill();
}
