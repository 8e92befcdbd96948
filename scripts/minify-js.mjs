// Minifies wasm-bindgen's JS glue with terser (trunk's own minifier leaves it
// alone) and updates its integrity hash in index.html. The app's post-build
// hook calls it first; the benchmark's bare page runs this file as its hook.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { minify } from 'terser';

export async function minifyGlue(dir) {
  const indexPath = path.join(dir, 'index.html');
  let html = fs.readFileSync(indexPath, 'utf8');
  const glue = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && f !== 'sw.js');
  if (glue.length !== 1) throw new Error(`minify-js: expected one JS file, found ${glue.join(', ') || 'none'}`);
  const file = path.join(dir, glue[0]);
  const before = fs.readFileSync(file, 'utf8');
  const { code } = await minify(before, { module: true, compress: { passes: 2 }, mangle: true });
  fs.writeFileSync(file, code);
  const sri = `sha384-${crypto.createHash('sha384').update(code).digest('base64')}`;
  const link = new RegExp(`(href="?\\./${glue[0].replace('.', '\\.')}"?[^>]*integrity="?)sha384-[A-Za-z0-9+/=]+`);
  if (!link.test(html)) throw new Error('minify-js: no integrity attribute for the glue found');
  html = html.replace(link, `$1${sri}`);
  fs.writeFileSync(indexPath, html);
  console.log(`minify-js: ${glue[0]} ${before.length} -> ${code.length} bytes`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
  if (!dir) throw new Error('minify-js: TRUNK_STAGING_DIR is not set');
  await minifyGlue(dir);
}
