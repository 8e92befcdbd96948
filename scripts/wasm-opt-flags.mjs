// The wasm-opt level and flags are written in one place: the attributes of
// index.html's <link data-trunk rel="rust">, which trunk reads. The
// benchmark's bare page (bench/bare/page.mjs) takes that tag as it is, and
// scripts/wasm-breakdown.sh runs wasm-opt with what this prints.
// Usage: node scripts/wasm-opt-flags.mjs   (prints e.g. "-O2 --enable-bulk-memory ...")
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** index.html's `<link data-trunk rel="rust" ...>` tags of the app's modules (data-bin "backcheck" and "results"). */
function moduleLinks() {
  return (fs.readFileSync(path.join(root, 'index.html'), 'utf8').match(/<link data-trunk rel="rust"[^>]*>/g) ?? [])
    .filter((t) => / data-bin="(backcheck|results)"/.test(t));
}

/**
 * index.html's rust link of the check module (data-bin="backcheck"), as
 * written. Every module's link must carry the same wasm-opt level and flags:
 * trunk reads them per link, and this checks they are one setting.
 */
export function rustLink() {
  const links = moduleLinks();
  const tags = links.filter((t) => t.includes(' data-bin="backcheck"'));
  if (tags.length !== 1) throw new Error(`wasm-opt-flags: index.html must have one <link data-trunk rel="rust" data-bin="backcheck">, found ${tags.length}`);
  const flags = (t) => ['data-wasm-opt', 'data-wasm-opt-params'].map((a) => t.match(new RegExp(`\\s${a}="([^"]*)"`))?.[1]).join(' | ');
  const differ = links.filter((t) => flags(t) !== flags(tags[0]));
  if (differ.length) throw new Error(`wasm-opt-flags: every module's rust link in index.html needs the same wasm-opt level and flags; these differ: ${differ.join(' ')}`);
  return tags[0];
}

/** wasm-opt's arguments as trunk passes them: `-O<level>`, then the params. */
export function wasmOptArgs() {
  const attr = (name) => rustLink().match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  const level = attr('data-wasm-opt'), params = attr('data-wasm-opt-params');
  if (!/^([0-4sz])$/.test(level ?? '') || params === undefined) {
    throw new Error('wasm-opt-flags: index.html\'s rust link needs data-wasm-opt (0-4, s, z) and data-wasm-opt-params');
  }
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

const main = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (main) console.log(wasmOptArgs().join(' '));
