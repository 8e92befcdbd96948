// Trunk's post-build hook (Trunk.toml), run on the staging folder before it
// becomes dist/ (and for the benchmark's bare page). It does what trunk has no
// option for, and changes no file trunk wrote except index.html and the JS
// glue:
//  1. minifies wasm-bindgen's JS glue with terser (trunk's own minifier cannot
//     parse it). The glue is named after the wasm cargo built, not after its
//     own bytes, and terser's output follows from its input: the same name
//     still always holds the same bytes. Names the wasm imports are property
//     names, which terser leaves as they are;
//  2. writes sw.js, a service worker that caches this build's files for
//     offline use (all but the files loaded on demand, ON_DEMAND below);
//  3. fills in index.html's Content-Security-Policy: 'self' plus the sha256 of
//     the inline script (Trunk.toml's pattern_script).
// Both depend on what trunk and wasm-bindgen write, so the hook first checks
// that they are the versions it was written for, and stops the build if not.
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';
import { rustLink } from './wasm-opt-flags.mjs';

/** The versions whose output this hook was written for and checked against. */
export const WRITTEN_FOR = { trunk: '0.21.14', 'wasm-bindgen': '0.2.130' };

/**
 * Files loaded on demand, not with the page (docs/decisions.md), by how their
 * names begin: the log reader's worker, which trunk writes at the root as
 * logworker* (its loader shim looks for its files there), and the results
 * module (results.js, results_bg.wasm; src/ui/modules.rs), named, like the
 * worker, after its binary.
 */
export const ON_DEMAND = ['logworker', 'results'];

/** Whether `file` (a path relative to dist/) is loaded on demand. */
export const onDemand = (file) => ON_DEMAND.some((prefix) => file.startsWith(prefix));

/** The policy index.html carries until this hook fills it in: nothing runs. */
const CSP_PLACEHOLDER = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">';

/** The inline script of Trunk.toml's pattern_script: the loader. */
const INLINE_SCRIPTS = 1;

/**
 * The glue files of the page's modules, as its loader names them (Trunk.toml's
 * pattern_script), without the query it asks for some of them with.
 */
const gluesIn = (html) => [...new Set([...html.matchAll(/"([A-Za-z0-9_]+(?:-[0-9a-f]+)?\.js)(?:\?[^"]*)?"/g)].map((m) => m[1]))];

function checkVersions() {
  for (const [tool, want] of Object.entries(WRITTEN_FOR)) {
    const found = execFileSync(tool, ['--version'], { encoding: 'utf8' }).trim();
    if (found !== `${tool} ${want}`) {
      throw new Error(`post-build: written for ${tool} ${want}, found "${found}". Check that the loader `
        + `(Trunk.toml's pattern_script), the CSP's inline scripts and the service worker's file list are `
        + `still right for it, then update WRITTEN_FOR in scripts/post-build.mjs.`);
    }
  }
}

/**
 * Every file under `dir`, as relative paths with forward slashes, sorted;
 * none whose name starts with a dot (trunk's .stage/ after a failed build).
 */
export function filesIn(dir) {
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else files.push(path.relative(dir, p).split(path.sep).join('/'));
    }
  })(dir);
  return files.sort();
}

/** 1. The glue of each module the page's loader knows (Trunk.toml's pattern_script), minified in place. */
async function minifyGlue(dir, html) {
  // The benchmark's bare page has the loader but no results module.
  const glues = gluesIn(html).filter((g) => fs.existsSync(path.join(dir, g)));
  if (glues.length === 0) throw new Error('post-build: the page\'s loader names no glue file (Trunk.toml\'s pattern_script)');
  let before = 0, after = 0;
  for (const glue of glues) {
    const file = path.join(dir, glue);
    const code = fs.readFileSync(file, 'utf8');
    const out = await minify(code, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    if (!out.code) throw new Error(`post-build: terser gave nothing for ${glue}`);
    fs.writeFileSync(file, out.code);
    before += code.length;
    after += out.code.length;
  }
  return { files: glues.length, before, after };
}

/** 2. The service worker: this build's version and files, then scripts/service-worker.js, minified by terser. */
async function writeServiceWorker(dir, html) {
  const files = filesIn(dir).filter((f) => f !== 'sw.js');
  const precached = files.filter((f) => f !== 'index.html' && !onDemand(f));
  const version = crypto.createHash('sha256')
    .update(html)
    .update(files.map((f) => `${f} ${crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')}`).join('\n'))
    .digest('hex').slice(0, 16);
  const worker = fs.readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8');
  const source = `const CACHE = 'backcheck-${version}';
const PRECACHE = ${JSON.stringify(['./', ...precached.map((f) => `./${f}`)], null, 1)};
const ON_DEMAND = ${JSON.stringify(files.filter(onDemand), null, 1)};
${worker}`;
  const { code } = await minify(source, { ecma: 2020, compress: true, mangle: true });
  if (!code) throw new Error('post-build: terser gave nothing for sw.js');
  fs.writeFileSync(path.join(dir, 'sw.js'), code);
  return { version, precached: precached.length };
}

/** 3. The page's policy: scripts only from the app's origin and the inline ones by hash. */
function fillCsp(html) {
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  if (inline.length !== INLINE_SCRIPTS) {
    throw new Error(`post-build: expected ${INLINE_SCRIPTS} inline script (Trunk.toml's pattern_script, the loader), found ${inline.length}`);
  }
  const hashes = inline.map((s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`);
  const csp = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const parts = html.split(CSP_PLACEHOLDER);
  if (parts.length !== 2) throw new Error(`post-build: index.html must hold the CSP placeholder once: ${CSP_PLACEHOLDER}`);
  return { html: parts.join(`<meta http-equiv="Content-Security-Policy" content="${csp}">`), hashes: hashes.length };
}

const main = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (main) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('post-build: TRUNK_STAGING_DIR is not set');
  checkVersions();
  rustLink(); // the modules' wasm-opt setting is one
  const indexPath = path.join(dir, 'index.html');
  const glue = await minifyGlue(dir, fs.readFileSync(indexPath, 'utf8'));
  const { html, hashes } = fillCsp(fs.readFileSync(indexPath, 'utf8'));
  fs.writeFileSync(indexPath, html);
  const sw = await writeServiceWorker(dir, html);
  console.log(`post-build: ${glue.files} glue files minified ${glue.before} -> ${glue.after} B; CSP with ${hashes} script hashes; `
    + `service worker ${sw.version} precaches ${sw.precached} files and the page`);
}
