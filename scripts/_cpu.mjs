import { chromium } from '@playwright/test';
const url = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const agg = new Map(); let total = 0; const runs = Number(process.argv[3] ?? 3);
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bc-ready').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  const dt = new Map(); profile.samples.forEach((s, k) => dt.set(s, (dt.get(s) ?? 0) + profile.timeDeltas[k]));
  for (const n of profile.nodes) {
    const t = (dt.get(n.id) ?? 0) / 1000; if (!t) continue;
    const name = (n.callFrame.functionName || '(anon)') + ' ' + n.callFrame.url.split('/').pop().slice(0, 20);
    agg.set(name, (agg.get(name) ?? 0) + t); total += t;
  }
  await context.close();
}
await browser.close();
console.log('total sampled ms per run', (total / runs).toFixed(0));
[...agg].sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / runs).toFixed(1).padStart(7), k.slice(0, 110)));
