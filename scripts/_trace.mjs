import { chromium } from '@playwright/test';
import fs from 'node:fs';
const url = process.argv[2]; const runs = Number(process.argv[3] ?? 3);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const agg = new Map();
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await browser.startTracing(page, { path: '/tmp/trace.json', categories: ['devtools.timeline', 'v8', 'v8.wasm', 'blink', 'loading', 'disabled-by-default-devtools.timeline'] });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bc-ready').length > 0);
  const ready = await page.evaluate(() => performance.getEntriesByName('bc-ready')[0].startTime);
  await browser.stopTracing();
  const ev = JSON.parse(fs.readFileSync('/tmp/trace.json')).traceEvents;
  const nav = ev.find(e => e.name === 'navigationStart' || e.name === 'NavigationBodyLoader::StartLoadingBody');
  const t0 = ev.filter(e => e.name === 'navigationStart').map(e => e.ts).pop();
  const end = t0 + ready * 1000;
  // main-thread renderer: pick the tid of the 'ParseHTML' event
  const main = ev.find(e => e.name === 'ParseHTML');
  for (const e of ev) {
    if (e.ph !== 'X' || e.ts < t0 || e.ts > end) continue;
    if (e.pid !== main.pid) continue;
    const k = (e.tid === main.tid ? '' : 'bg:') + e.name;
    agg.set(k, (agg.get(k) ?? 0) + (e.dur ?? 0) / 1000);
  }
  agg.set('READY', (agg.get('READY') ?? 0) + ready);
  await context.close();
}
await browser.close();
[...agg].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([k, v]) => console.log((v / runs).toFixed(1).padStart(7), k));
