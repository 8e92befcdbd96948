// Locked down, offline-capable, deployable anywhere.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { answerAll, start, TYPICAL } from './flow.mjs';
import { mergeDataSegments, shortenNames } from '../../scripts/wasm-shrink.mjs';

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
  // Two inline scripts, each allowed by its hash: the early wasm compile and trunk's loader.
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
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

test('the build shortens wasm-bindgen\'s import and hashed export names in the wasm and the glue alike', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  const url = await page.evaluate(() => performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).name);
  const module = new WebAssembly.Module(await (await request.get(url)).body());
  const imports = WebAssembly.Module.imports(module);
  expect(imports.length).toBeGreaterThan(100);
  expect(imports.filter((i) => !/^w\d+$/.test(i.name))).toEqual([]);
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  expect(exports).toContain('x0');
  expect(exports.filter((e) => /[0-9a-f]{16}$/.test(e))).toEqual([]);
});

test('the renamer rewrites names only, and refuses a glue that lacks one', () => {
  const leb = (n) => (n < 128 ? [n] : [(n % 128) | 128, ...leb(Math.floor(n / 128))]);
  const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
  const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
  const names = ['__wbg_click_c6eff13daacf9806', '__wbindgen_throw_4c88d8bf264fd984'];
  const shim = 'wasm_bindgen__convert__closures_____invoke__h44ee78149c2fb8fb';
  const wasm = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0,
    ...section(1, [1, 0x60, 1, 0x7f, 0]), // one type: (i32) -> ()
    ...section(2, [3, ...names.flatMap((n) => [...str('./app_bg.js'), ...str(n), 0, 0]),
      ...str('env'), ...str('memory'), 2, 0, 1]), // and a memory, min 1 page
    ...section(3, [1, 0]), // one function of that type (index 2)
    ...section(7, [4, ...[shim, '__wbindgen_start', '__not_in_glue', 'main'].flatMap((n) => [...str(n), 0, 2])]),
    ...section(10, [1, 2, 0, 0x0b]), // its body: nothing
    ...section(0, [...str('note'), 1, 2, 3])]);
  const glue = `const imports = { ${names[0]}: (e) => e.click(), ${names[1]}: (p, n) => { throw n; } }; E.${shim}(1); E.__wbindgen_start();`;
  const out = shortenNames(wasm, glue);
  expect([out.imports, out.exports]).toEqual([2, 2]);
  const module = new WebAssembly.Module(out.wasm);
  expect(WebAssembly.Module.imports(module)).toEqual([
    { module: './app_bg.js', name: 'w0', kind: 'function' },
    { module: './app_bg.js', name: 'w1', kind: 'function' },
    { module: 'env', name: 'memory', kind: 'memory' },
  ]);
  // Names the glue does not use stay: someone else may.
  expect(WebAssembly.Module.exports(module).map((e) => e.name)).toEqual(['x0', 'x1', '__not_in_glue', 'main']);
  expect(out.glue).toBe('const imports = { w0: (e) => e.click(), w1: (p, n) => { throw n; } }; E.x0(1); E.x1();');
  expect(out.wasm.subarray(-7)).toEqual(wasm.subarray(-7)); // later sections untouched
  expect(() => shortenNames(wasm, glue.replace(names[1], 'other'))).toThrow(/0 times in the glue/);
  expect(() => shortenNames(wasm, glue.replace(`E.${shim}`, 'E.other'))).toThrow(/0 times in the glue/);
});

test('joining data segments keeps the memory the module starts with, byte for byte', async () => {
  const leb = (n) => (n < 128 ? [n] : [(n % 128) | 128, ...leb(Math.floor(n / 128))]);
  const str = (s) => [...leb(Buffer.byteLength(s)), ...Buffer.from(s)];
  const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
  // i32.const offsets as signed LEB128 (all below 2^13 here).
  const offset = (n) => (n < 64 ? [n] : [(n & 0x7f) | 0x80, n >> 7]);
  const segment = (at, bytes) => [0, 0x41, ...offset(at), 0x0b, ...leb(bytes.length), ...bytes];
  const segments = [[16, [1, 2, 3]], [40, [4, 5]], [1000, [6]], [1030, [7, 8, 9]]];
  const wasm = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0,
    ...section(5, [1, 0, 1]), // one memory, one page
    ...section(7, [1, ...str('memory'), 2, 0]),
    ...section(12, [segments.length]),
    ...section(11, [segments.length, ...segments.flatMap(([at, b]) => segment(at, b))])]);
  const out = mergeDataSegments(wasm);
  expect([out.before, out.after]).toEqual([4, 2]);
  const memory = async (bytes) => new Uint8Array((await WebAssembly.instantiate(bytes)).instance.exports.memory.buffer);
  expect(await memory(out.wasm)).toEqual(await memory(wasm));
  expect((await memory(out.wasm))[1031]).toBe(8);
  // A passive segment (memory.init refers to it by index) stops the build.
  expect(() => mergeDataSegments(Buffer.from([0, 97, 115, 109, 1, 0, 0, 0, ...section(11, [1, 1, 1, 42])])))
    .toThrow(/only active segments/);
});

test('files a host may cache forever are named after their bytes as served', async ({ request }) => {
  // The build rewrites the wasm, its glue and the stylesheet after trunk has
  // named them; a returning visitor with a cached file of the same name must
  // get the same bytes.
  const html = await (await request.get('/')).text();
  const name = (re) => html.match(re)[0];
  const body = async (file) => (await request.get(`/${file}`)).body();
  const hash = (...parts) => parts.reduce((h, p) => h.update(p), crypto.createHash('sha256')).digest('hex').slice(0, 16);
  const wasm = name(/backcheck-[0-9a-f]{16}_bg\.wasm/), glue = name(/backcheck-[0-9a-f]{16}\.js/), css = name(/main-[0-9a-f]{16}\.css/);
  expect(wasm).toBe(`backcheck-${hash(await body(wasm), await body(glue))}_bg.wasm`);
  expect(glue).toBe(wasm.replace('_bg.wasm', '.js'));
  expect(css).toBe(`main-${hash(await body(css))}.css`);
  // What the preview server tells a browser to keep, and for how long.
  for (const f of [wasm, glue, css]) {
    expect((await request.get(`/${f}`)).headers()['cache-control'], f).toContain('immutable');
  }
  expect((await request.get('/')).headers()['cache-control']).toBe('no-cache');
});

test('the served stylesheet keeps every string of styles/main.css as written', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel=stylesheet]').getAttribute('href');
  const served = await (await request.get(href)).text();
  const strings = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').match(/"(?:[^"\\\n]|\\.)*"/g);
  const source = strings(fs.readFileSync(new URL('../../styles/main.css', import.meta.url), 'utf8'));
  expect(source).toContain('": "');
  expect(strings(served)).toEqual(source);
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

test('offline after one visit: reload and complete a check', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.reload();
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
