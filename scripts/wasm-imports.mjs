// Gives wasm-bindgen's imports short names, in the wasm and in its JS glue.
//
// wasm-bindgen names every import after the function and a 16-digit hash
// (`__wbg_addEventListener_f2d27251d333a631`). The name is written twice, once
// in the wasm's import section and once as a key in the glue's import object,
// and the hashes do not compress: the app's 143 imports cost 3.7 kB brotli.
// They become `w0`, `w1`, ... in both files. Anything unexpected (a section
// we cannot read, a name that is not exactly once in the glue) throws, and the
// build fails: it never ships a wasm whose imports the glue cannot satisfy.
import fs from 'node:fs';
import path from 'node:path';

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function readLeb(buf, at) {
  let value = 0, scale = 1, byte;
  do {
    if (at >= buf.length) throw new Error('wasm-imports: truncated number');
    byte = buf[at++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return [value, at];
}

function leb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };

function readName(buf, at) {
  const [len, start] = readLeb(buf, at);
  return [buf.subarray(start, start + len).toString('utf8'), start + len];
}

/** Skips an import's description (function, table, memory, global or tag). */
function skipDescription(buf, at) {
  const kind = buf[at++];
  const limits = () => { const flags = buf[at++]; [, at] = readLeb(buf, at); if (flags & 1) [, at] = readLeb(buf, at); };
  if (kind === 0 || kind === 4) { if (kind === 4) at++; [, at] = readLeb(buf, at); }
  else if (kind === 1) { at++; limits(); }
  else if (kind === 2) limits();
  else if (kind === 3) at += 2;
  else throw new Error(`wasm-imports: unknown import kind ${kind}`);
  return at;
}

/**
 * Renames wasm-bindgen's imports in `wasm` (a Buffer) and `glue` (the JS
 * text); returns both and how many were renamed.
 */
export function shortenImports(wasm, glue) {
  if (wasm.readUInt32LE(0) !== 0x6d736100) throw new Error('wasm-imports: not a wasm file');
  const out = [wasm.subarray(0, 8)];
  let count = 0;
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (id !== 2) { out.push(wasm.subarray(at, end)); at = end; continue; }
    const section = wasm.subarray(start, end);
    let [entries, p] = readLeb(section, 0);
    const body = [leb(entries)];
    for (let e = 0; e < entries; e++) {
      let module, field;
      [module, p] = readName(section, p);
      [field, p] = readName(section, p);
      const desc = p;
      p = skipDescription(section, p);
      if (/^__wb(g|indgen)_\w+$/.test(field)) {
        const short = `w${count++}`;
        const key = new RegExp(`\\b${field}\\b`, 'g');
        const seen = glue.match(key)?.length ?? 0;
        if (seen !== 1) throw new Error(`wasm-imports: ${field} is ${seen} times in the glue, expected once`);
        glue = glue.replace(key, short);
        field = short;
      }
      body.push(name(module), name(field), section.subarray(desc, p));
    }
    if (p !== section.length) throw new Error('wasm-imports: import section not read to its end');
    const rewritten = Buffer.concat(body);
    out.push(Buffer.from([2]), leb(rewritten.length), rewritten);
    at = end;
  }
  if (count === 0) throw new Error('wasm-imports: no wasm-bindgen imports found');
  return { wasm: Buffer.concat(out), glue, count };
}

/** Renames the imports of the one wasm and its glue in `dir`, in place. */
export function shortenImportsIn(dir) {
  const files = fs.readdirSync(dir);
  const wasmFile = files.filter((f) => f.endsWith('_bg.wasm'));
  const glueFile = files.filter((f) => f.endsWith('.js') && f !== 'sw.js');
  if (wasmFile.length !== 1 || glueFile.length !== 1) throw new Error('wasm-imports: expected one wasm and one JS glue');
  const wasmPath = path.join(dir, wasmFile[0]), gluePath = path.join(dir, glueFile[0]);
  const r = shortenImports(fs.readFileSync(wasmPath), fs.readFileSync(gluePath, 'utf8'));
  fs.writeFileSync(wasmPath, r.wasm);
  fs.writeFileSync(gluePath, r.glue);
  return r.count;
}
