// Minifies a release build in place (trunk's own minifier is off: it cannot
// parse wasm-bindgen's glue and warns on every build). wasm-bindgen's JS glue
// goes through terser; CSS and HTML, which are our own plain files, lose
// comments and the whitespace between tokens. The wasm and its glue are
// rewritten first (scripts/wasm-shrink.mjs: short import names, fewer data
// segments). Every rewritten file is then named after its final bytes.
// Integrity hashes in index.html follow. Both post-build hooks (the app's and the benchmark's bare page's) call it
// first.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';
import { shrinkWasmIn } from './wasm-shrink.mjs';

const sri = (text) => `sha384-${crypto.createHash('sha384').update(text).digest('base64')}`;

/** Sets the integrity attribute of the tag that links `file`. */
function relink(html, file, text) {
  const link = new RegExp(`(href="?\\./${file.replaceAll('.', '\\.')}"?[^>]*integrity="?)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(html)) throw new Error(`minify: no integrity attribute for ${file}`);
  return html.replace(link, `$1${sri(text)}`);
}

/** Comments and string literals, found in one pass so that neither hides the other. */
const CSS_TOKENS = /\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;

/** The code between strings: one space for any run of whitespace, none around punctuation. */
function squeezeCss(code) {
  return code
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');
}

/**
 * Our CSS: no comments, no whitespace around punctuation, one space
 * elsewhere. Strings stay as written (`content: attr(data-label) ": "`
 * keeps its space).
 */
export function minifyCss(css) {
  // Code at even places, strings at odd ones; a comment is a space in the code.
  const parts = [''];
  let last = 0;
  for (const m of css.matchAll(CSS_TOKENS)) {
    parts[parts.length - 1] += css.slice(last, m.index);
    if (m[0].startsWith('/*')) parts[parts.length - 1] += ' ';
    else parts.push(m[0], '');
    last = m.index + m[0].length;
  }
  parts[parts.length - 1] += css.slice(last);
  return parts.map((p, i) => (i % 2 ? p : squeezeCss(p))).join('').trim();
}

/** Our HTML: no whitespace between tags (inline script text is untouched). */
export function minifyHtml(html) {
  return html.replace(/>\s+</g, '><').trim();
}

/** The first 16 hex digits of the sha256 of `parts`. */
const contentHash = (...parts) => {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 16);
};

/**
 * Renames `file` (trunk's `name-<hash>.ext`) after `hash`, in `dir` and in
 * `html`. Trunk hashed the files before this rewrite; a host caches hashed
 * files forever (the preview server says `immutable`), so a file whose bytes
 * change must change its name too.
 */
function rename(dir, html, file, hash) {
  const renamed = file.replace(/-[0-9a-f]{16}(?=(_bg)?\.\w+$)/, `-${hash}`);
  if (renamed === file) throw new Error(`minify: ${file} has no content hash in its name`);
  if (!html.includes(file)) throw new Error(`minify: index.html does not name ${file}`);
  fs.renameSync(path.join(dir, file), path.join(dir, renamed));
  return html.replaceAll(file, renamed);
}

export async function minifyBuild(dir) {
  const wasm = shrinkWasmIn(dir);
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  // The log worker (logworker*, trunk names it after its binary) is left as trunk wrote it.
  const files = fs.readdirSync(dir).filter((f) => !f.startsWith('logworker'));
  const glue = files.filter((f) => f.endsWith('.js') && f !== 'sw.js');
  if (glue.length !== 1) throw new Error(`minify: expected one JS file, found ${glue.join(', ') || 'none'}`);
  const js = fs.readFileSync(path.join(dir, glue[0]), 'utf8');
  const { code } = await minify(js, { module: true, compress: { passes: 2 }, mangle: true });
  fs.writeFileSync(path.join(dir, glue[0]), code);
  html = relink(html, glue[0], code);
  // The wasm and its glue are a pair: one name for both, after both.
  const wasmFile = files.find((f) => f.endsWith('_bg.wasm'));
  const pair = contentHash(fs.readFileSync(path.join(dir, wasmFile)), code);
  html = rename(dir, html, wasmFile, pair);
  html = rename(dir, html, glue[0], pair);
  let cssBefore = 0, cssAfter = 0;
  for (const f of files.filter((f) => f.endsWith('.css'))) {
    const css = fs.readFileSync(path.join(dir, f), 'utf8');
    const small = minifyCss(css);
    fs.writeFileSync(path.join(dir, f), small);
    html = relink(html, f, small);
    html = rename(dir, html, f, contentHash(small));
    cssBefore += css.length; cssAfter += small.length;
  }
  const htmlBefore = html.length;
  html = minifyHtml(html);
  fs.writeFileSync(indexPath, html);
  console.log(`minify: ${wasm}; ${glue[0]} ${js.length} -> ${code.length} B; CSS ${cssBefore} -> ${cssAfter} B; HTML ${htmlBefore} -> ${html.length} B`);
}

