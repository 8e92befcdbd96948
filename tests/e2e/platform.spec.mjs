// Locked down, offline-capable, deployable anywhere.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { answerAll, start, TYPICAL } from './flow.mjs';
import { seahash } from './seahash.mjs';

const SUBPATH = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/backcheck/`;

test('a strict CSP, no violation and no request to another origin in a complete check', async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const origins = new Set();
  page.on('request', (r) => origins.add(new URL(r.url()).origin));
  await start(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  // One inline script, allowed by its hash: the loader (Trunk.toml's pattern_script).
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
  expect(csp).not.toContain('unsafe-inline');
  await answerAll(page, TYPICAL);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('.verdict h2')).toBeVisible();
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect([...origins]).toEqual([new URL(baseURL).origin]);
});

test('the CSP really blocks: an injected inline script does not run', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  const ran = await page.evaluate(() => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.head.appendChild(s);
    return window.__injected;
  });
  expect(ran).toBe(false);
});

test('the wasm is fetched once, by the early compile at the top of the page', async ({ page }) => {
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  expect(wasm).toHaveLength(1);
  // The early script comes before the stylesheet, so compiling starts while the CSS loads.
  const order = await page.evaluate(() => [...document.head.children].map((e) => e.tagName + (e.textContent.includes('compileStreaming') ? ':early' : '')));
  expect(order.indexOf('SCRIPT:early')).toBeGreaterThan(-1);
  expect(order.indexOf('SCRIPT:early')).toBeLessThan(order.indexOf('LINK'));
});

test('without streaming compilation, and with a wrong MIME type, the app still starts', async ({ browser, baseURL }) => {
  // No worker: it would answer from its cache, past the route below.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() => { delete WebAssembly.compileStreaming; });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  const other = await context.newPage();
  await other.route('**/*.wasm', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const warnings = [];
  other.on('console', (m) => warnings.push(m.text()));
  await other.goto('/');
  await expect(other.getByRole('button', { name: 'Start now' })).toBeVisible();
  // wasm-bindgen's own fallback took over after the early compile gave up.
  expect(warnings.some((w) => w.includes('application/wasm'))).toBe(true);
  await context.close();
});

test('files a host may cache forever are named after what they hold', async ({ request }) => {
  // Trunk names the stylesheet and the icon after the seahash of their bytes,
  // and the wasm and its glue after the wasm cargo built, from which
  // wasm-bindgen writes both. No later step may change them: a returning
  // visitor with a cached file of the same name must get the same bytes, and
  // never a glue from one build with the wasm of another.
  const html = await (await request.get('/')).text();
  const name = (re) => html.match(re)?.[0];
  const body = async (file) => (await request.get(`/${file}`)).body();
  const css = name(/main-[0-9a-f]{1,16}\.css/), icon = name(/icon-[0-9a-f]{1,16}\.svg/);
  const wasm = name(/backcheck-[0-9a-f]{1,16}_bg\.wasm/), glue = name(/backcheck-[0-9a-f]{1,16}\.js/);
  expect(css).toBe(`main-${seahash(await body(css))}.css`);
  expect(icon).toBe(`icon-${seahash(await body(icon))}.svg`);
  expect(glue).toBe(wasm.replace('_bg.wasm', '.js'));
  // The pair was written for each other: wasm-bindgen's import names carry a
  // hash of their signature, and the glue provides every one the wasm asks for.
  const source = (await body(glue)).toString();
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(await body(wasm)));
  expect(imports.length).toBeGreaterThan(100);
  expect(imports.filter((i) => i.kind === 'function' && !source.includes(i.name)).map((i) => i.name)).toEqual([]);
  // What the preview server tells a browser to keep, and for how long.
  for (const f of [wasm, glue, css, icon]) {
    expect((await request.get(`/${f}`)).headers()['cache-control'], f).toContain('immutable');
  }
  for (const f of ['', 'sw.js', 'manifest.webmanifest', 'icon-192.png']) {
    expect((await request.get(`/${f}`)).headers()['cache-control'], f).toBe('no-cache');
  }
});

// The minifier may unquote font names and attribute values and write an
// escape as its character; the generated content (separators, marks,
// counters) must reach the browser meaning the same.
test('the served stylesheet keeps every generated content string of styles/main.css', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=stylesheet]').getAttribute('href');
  const served = await (await request.get(href)).text();
  const unescape = (s) => s.replace(/\\([0-9a-fA-F]{1,6}) ?/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)));
  const contents = (css) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/content:([^;}]*)/g)]
    .flatMap((m) => m[1].match(/"(?:[^"\\\n]|\\.)*"/g) ?? []).map(unescape);
  const source = contents(fs.readFileSync(new URL('../../styles/main.css', import.meta.url), 'utf8'));
  expect(source).toContain('": "');
  expect(source).toContain('":\u00a0"');
  expect(contents(served)).toEqual(source);
});

test('installable: a manifest with 192 and 512 px icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.start_url).toBe('./');
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
    const png = await (await request.get(icon.src)).body();
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
  }
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).name);
  const res = await request.get(wasm);
  expect(res.headers()['content-type']).toBe('application/wasm');
});

test('offline after one visit that began a check: reload and complete a check', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // A check begun: the results module is fetched then, and kept for offline use.
  await start(page);
  const cached = () => page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(r.url);
    return urls;
  });
  await expect.poll(async () => (await cached()).filter((u) => /\/results(_bg\.wasm|\.js)\?/.test(u)).length).toBe(2);
  // Asked for with the check module's hashed name: no cache pairs the check
  // module of one build with the results module of another.
  const urls = await cached();
  const check = urls.map((u) => new URL(u).pathname.split('/').pop()).find((f) => /^backcheck-[0-9a-f]+\.js$/.test(f));
  expect(urls.filter((u) => /\/results/.test(u)).map((u) => new URL(u).search)).toEqual([`?${check}`, `?${check}`]);
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await start(page);
  await answerAll(page, TYPICAL);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('.verdict h2')).toHaveText('You can look after this yourself for now');
  await context.setOffline(false);
});

test('a missing path online is a 404 and never replaces the offline app', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  // Online, through the worker: a path that does not exist.
  const missing = await page.goto('/no/such/page');
  expect(missing.status()).toBe(404);
  // Offline, the app still starts: the 404 did not take the page's place
  // (the worker used to store every navigation's answer as the page).
  await context.setOffline(true);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await context.setOffline(false);
});

test.describe(() => {
  // Without the service worker, whose fetches the gate (page.route) would not see.
  test.use({ serviceWorkers: 'block' });

  test('a module switch still loading is called off when the runner goes back: newer answers stay', async ({ page }) => {
    let release;
    const gate = new Promise((ok) => { release = ok; });
    await page.route('**/results_bg.wasm*', async (route) => { await gate; await route.continue(); });
    await page.goto('/');
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await expect(page.getByRole('status')).toBeVisible();
    // Back before the results module has come: the runner starts a check.
    await page.goBack();
    await start(page);
    await page.locator('#emergency_signs-none').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(/#\/q\/onset$/);
    // The results module arrives now: it must not take over the page.
    release();
    // Loaded, and every step the loader took on it done (a task later).
    await page.evaluate(() => self.backCheckLoad('results').then(() => new Promise((ok) => setTimeout(ok, 0))));
    await expect(page).toHaveURL(/#\/q\/onset$/);
    await expect(page.locator('form[data-page="onset"]')).toBeVisible();
    await page.locator('a.back-link').click();
    await expect(page.locator('#emergency_signs-none')).toBeChecked();
    // And the switch still works when asked for again.
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your saved checks');
  });
});

test('the server forbids framing the app', async ({ request }) => {
  const res = await request.get('/');
  expect(res.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  expect(res.headers()['x-frame-options']).toBe('DENY');
});

test('the same build works under a sub-path', async ({ page }) => {
  await page.goto(SUBPATH);
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page).toHaveURL(`${SUBPATH}#/q/emergency_signs`);
  await page.locator('#emergency_signs-none').check();
  await page.locator('form button[type=submit]').click();
  await expect(page).toHaveURL(`${SUBPATH}#/q/onset`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('When it began and how old you are');
});
