// Two engines behind one small interface, so that every scenario runs the
// same steps in each:
//   Firefox ESR (Debian) driven by puppeteer-core over WebDriver BiDi;
//   WebKitGTK's MiniBrowser (Debian) driven by WebKitWebDriver (classic
//   WebDriver) through selenium-webdriver, under Xvfb.
// Neither downloads a browser. Each session is one language: the browser's
// own language setting (Firefox's accept-languages, WebKit's process locale).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { captureScreen } from './xshot.mjs';

export const FIREFOX = process.env.ENGINES_FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.ENGINES_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.ENGINES_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const LOCALES = { en: { firefox: 'en-GB,en', posix: 'en_GB.UTF-8' }, de: { firefox: 'de-DE,de', posix: 'de_DE.UTF-8' } };

/** The width of a phone, for every page a test looks at. */
export const PHONE = { width: 360, height: 780 };

const freePort = () => new Promise((ok, no) => {
  const s = net.createServer().once('error', no).listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => ok(port));
  });
});

/** Waits for a file to appear in `dir` (a finished download) and returns its path. */
async function waitForFile(dir, before, poll, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const fresh = fs.readdirSync(dir).filter((f) => !before.includes(f) && !/\.(part|download)$/.test(f));
    for (const f of fresh) {
      const p = path.join(dir, f);
      if (fs.statSync(p).size > 0) return p;
    }
    if (Date.now() > deadline) throw new Error(`no download in ${dir} within ${timeout} ms`);
    await poll();
  }
}

/** Firefox over WebDriver BiDi (puppeteer-core). */
export async function firefox(lang, work) {
  const downloads = fs.mkdtempSync(path.join(work, 'ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      'intl.accept_languages': LOCALES[lang].firefox,
      // Scroll bars over the page, as on a phone: the page is 360 px wide.
      'ui.useOverlayScrollbars': 1,
      // Files the page offers are saved without asking, where the test finds them.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // The downloads panel would take the focus from the page.
      'browser.download.alwaysOpenPanel': false,
    },
  });
  const page = await browser.newPage();
  await page.setViewport(PHONE);
  // The engine's own reports, beside the probe's: errors the page's scripts cannot see.
  const native = [];
  page.on('pageerror', (e) => native.push(`page error (engine): ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') native.push(`console error (engine): ${m.text()}`); });
  return {
    name: 'firefox',
    version: await browser.version(),
    async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
    async reload() { await page.reload({ waitUntil: 'load' }); },
    async back() { await page.goBack({ waitUntil: 'commit' }).catch(() => page.evaluate(() => history.back())); },
    eval: (fn, ...args) => page.evaluate(fn, ...args),
    async click(css) {
      const el = await page.waitForSelector(css, { visible: true, timeout: 30_000 });
      await el.click();
      await el.dispose();
    },
    async type(css, text) {
      const el = await page.waitForSelector(css, { visible: true, timeout: 30_000 });
      await el.focus();
      await page.keyboard.type(text);
      await el.dispose();
    },
    async setFile(css, file) {
      const el = await page.$(css);
      await el.uploadFile(file);
      await el.dispose();
    },
    downloads,
    waitForDownload: (before, poll, timeout) => waitForFile(downloads, before, poll, timeout),
    async screenshot(file) {
      await page.screenshot({ path: file, fullPage: true });
    },
    nativeErrors: () => native.splice(0),
    async close() { await browser.close(); },
  };
}

/**
 * WebKitGTK's MiniBrowser over WebKitWebDriver. MiniBrowser needs a display
 * (run under xvfb-run); its tool bar is shrunk by a GTK style sheet so that the
 * window can be as narrow as a phone (otherwise at least 447 px).
 */
export async function webkit(lang, work) {
  const home = fs.mkdtempSync(path.join(work, 'wk-home-'));
  const downloads = path.join(home, 'Downloads');
  fs.mkdirSync(path.join(home, '.config', 'gtk-3.0'), { recursive: true });
  fs.mkdirSync(downloads);
  fs.writeFileSync(path.join(home, '.config', 'gtk-3.0', 'gtk.css'),
    'window > box > box, window > box > box * { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; border: 0; }\n');
  fs.writeFileSync(path.join(home, '.config', 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const port = await freePort();
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    LANG: LOCALES[lang].posix,
    LC_ALL: LOCALES[lang].posix,
    LANGUAGE: '',
    // Accelerated compositing leaves composited layers black in screenshots under Xvfb.
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  };
  const log = fs.openSync(path.join(work, `webkitwebdriver-${lang}.log`), 'a');
  const server = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', log, log] });
  const exited = new Promise((ok) => server.once('exit', ok));
  const url = `http://127.0.0.1:${port}`;
  // Ready when the driver answers.
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${url}/status`)).ok) break; } catch { /* not listening yet */ }
    if (i > 300 || server.exitCode !== null) throw new Error(`WebKitWebDriver did not start (see ${work})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const caps = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
  };
  const driver = await new Builder().usingServer(url).withCapabilities(caps).build();
  await driver.manage().setTimeouts({ script: 120_000, pageLoad: 120_000 });
  await driver.manage().window().setRect(PHONE);
  const version = (await driver.getCapabilities()).get('browserVersion');
  const el = async (css) => driver.findElement(By.css(css));
  return {
    name: 'webkit',
    version: `WebKitGTK ${version}`,
    async goto(u) { await driver.get(u); },
    async reload() { await driver.navigate().refresh(); },
    async back() { await driver.navigate().back(); },
    eval: (fn, ...args) => driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args),
    // As a person scrolls what they tap to the middle of the screen first:
    // WebKitWebDriver scrolls it only to the window's lower edge, where the
    // sticky "None of these" block of a long checkbox page covers it.
    async click(css) {
      const e = await el(css);
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', e);
      await e.click();
    },
    async type(css, text) { await (await el(css)).sendKeys(text); },
    async setFile(css, file) { await (await el(css)).sendKeys(file); },
    downloads,
    waitForDownload: (before, poll, timeout) => waitForFile(downloads, before, poll, timeout),
    async screenshot(file) {
      // The whole page: the window is made as tall as the page, and the
      // screen is read where the page is shown (xshot.mjs). WebKitWebDriver's
      // own screenshots wait for a next paint that a still page may never
      // make here (WebKitGTK 2.50 under Xvfb), and end at the window's edge.
      const [height, chrome] = await driver.executeScript(
        'return [Math.ceil(document.documentElement.getBoundingClientRect().height), outerHeight - innerHeight]');
      try {
        const rect = await driver.manage().window().setRect({ width: PHONE.width, height: Math.max(200, height + chrome) });
        const area = { x: rect.x, y: rect.y + chrome, width: PHONE.width, height };
        // Painted: two frames on, and the same picture twice in a row.
        let last = null;
        for (let i = 0; i < 20; i++) {
          await driver.executeAsyncScript('const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()))');
          const shot = captureScreen(area);
          if (last && shot.equals(last)) break;
          last = shot;
        }
        fs.writeFileSync(file, last);
      } finally {
        await driver.manage().window().setRect(PHONE);
      }
    },
    nativeErrors: () => [],
    driver,
    async close() {
      await driver.quit().catch(() => {});
      server.kill('SIGTERM');
      await exited;
      fs.closeSync(log);
    },
  };
}

export const ENGINES = { firefox, webkit };
export const tmpWork = () => fs.mkdtempSync(path.join(os.tmpdir(), 'backcheck-engines-'));
