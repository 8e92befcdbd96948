// Two rewrites of the built wasm that wasm-opt does not make, each of them
// smaller after brotli (the budget counts brotli bytes):
//
// 1. Short names. wasm-bindgen names every import after the function and a
//    16-digit hash (`__wbg_addEventListener_f2d27251d333a631`). The name is
//    written twice, in the wasm's import section and as a key of the glue's
//    import object, and the hashes do not compress: the app's 145 imports
//    cost 3.7 kB. They become `w0`, `w1`, ... in both files; the exported
//    closure shims, also named with a hash, and wasm-bindgen's own exports
//    that the glue calls (`__wbindgen_malloc`, ...) become `x0`, `x1`, ...
// 2. Fewer data segments. wasm-opt splits the data around every run of
//    zeros longer than a segment header, which pays in raw bytes; but after
//    brotli a run of zeros costs almost nothing and each header's offset
//    several bytes. Segments less than 64 bytes apart are joined again, the
//    gap filled with the zeros memory starts with anyway: 126 segments
//    become 4, 0.38 kB less.
//
// Anything unexpected (a section we cannot read, a passive segment, a name
// that is not exactly once in the glue) throws, and the build fails: it never
// ships a wasm the glue cannot load.
import fs from 'node:fs';
import path from 'node:path';

const fail = (message) => { throw new Error(`wasm-shrink: ${message}`); };

/** Reads an unsigned LEB128 number at `at`; returns [value, next offset]. */
function readLeb(buf, at) {
  let value = 0, scale = 1, byte;
  do {
    if (at >= buf.length) fail('truncated number');
    byte = buf[at++];
    value += (byte & 0x7f) * scale;
    scale *= 128;
  } while (byte & 0x80);
  return [value, at];
}

/** Reads a signed LEB128 number (an i32.const) at `at`. */
function readSleb(buf, at) {
  let value = 0, shift = 0, byte;
  do {
    if (at >= buf.length) fail('truncated number');
    byte = buf[at++];
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (shift < 32 && byte & 0x40) value |= -1 << shift;
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

function sleb(n) {
  const out = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && !(byte & 0x40)) || (n === -1 && byte & 0x40)) return Buffer.from([...out, byte]);
    out.push(byte | 0x80);
  }
}

const name = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([leb(b.length), b]); };

function readName(buf, at) {
  const [len, start] = readLeb(buf, at);
  return [buf.subarray(start, start + len).toString('utf8'), start + len];
}

/**
 * Rebuilds `wasm` section by section: `rewrite(id, body)` returns a new body
 * for a section, or undefined to keep it.
 */
function mapSections(wasm, rewrite) {
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) fail('not a wasm file');
  const out = [wasm.subarray(0, 8)];
  for (let at = 8; at < wasm.length;) {
    const id = wasm[at];
    const [size, start] = readLeb(wasm, at + 1);
    const end = start + size;
    if (end > wasm.length) fail('section runs past the end');
    const body = rewrite(id, wasm.subarray(start, end));
    out.push(body === undefined ? wasm.subarray(at, end) : Buffer.concat([Buffer.from([id]), leb(body.length), body]));
    at = end;
  }
  return Buffer.concat(out);
}

/** Skips an import's description (function, table, memory, global or tag). */
function skipDescription(buf, at) {
  const kind = buf[at++];
  const limits = () => { const flags = buf[at++]; [, at] = readLeb(buf, at); if (flags & 1) [, at] = readLeb(buf, at); };
  if (kind === 0) [, at] = readLeb(buf, at);
  else if (kind === 4) { at++; [, at] = readLeb(buf, at); }
  else if (kind === 1) { at++; limits(); }
  else if (kind === 2) limits();
  else if (kind === 3) at += 2;
  else fail(`unknown import kind ${kind}`);
  return at;
}

/**
 * Renames `from` to `to` in the glue: an import is a key written exactly
 * once, an export is read wherever the glue calls it (at least once).
 */
function renameInGlue(glue, from, to, once) {
  const key = new RegExp(`\\b${from}\\b`, 'g');
  const seen = glue.match(key)?.length ?? 0;
  if (once ? seen !== 1 : seen === 0) fail(`${from} is ${seen} times in the glue, expected ${once ? 'once' : 'at least once'}`);
  return glue.replace(key, to);
}

/**
 * Renames wasm-bindgen's imports, the exports it names with a hash (its
 * closure shims) and its own `__` exports that the glue uses, in `wasm` (a
 * Buffer) and `glue` (the JS text); returns both and how many names changed.
 */
export function shortenNames(wasm, glue) {
  let imports = 0, exports = 0;
  const out = mapSections(wasm, (id, section) => {
    if (id !== 2 && id !== 7) return undefined;
    let [entries, p] = readLeb(section, 0);
    const body = [leb(entries)];
    for (let e = 0; e < entries; e++) {
      let module, field;
      if (id === 2) [module, p] = readName(section, p);
      [field, p] = readName(section, p);
      const desc = p;
      if (id === 2) p = skipDescription(section, p);
      else [, p] = readLeb(section, p + 1);
      if (id === 2 && /^__wb(g|indgen)_\w+$/.test(field)) {
        glue = renameInGlue(glue, field, `w${imports}`, true);
        field = `w${imports++}`;
      } else if (id === 7 && (/^\w+__h[0-9a-f]{16}$/.test(field)
        || (/^__\w+$/.test(field) && new RegExp(`\\b${field}\\b`).test(glue)))) {
        glue = renameInGlue(glue, field, `x${exports}`, false);
        field = `x${exports++}`;
      }
      body.push(...(id === 2 ? [name(module)] : []), name(field), section.subarray(desc, p));
    }
    if (p !== section.length) fail(`section ${id} not read to its end`);
    return Buffer.concat(body);
  });
  if (imports === 0) fail('no wasm-bindgen imports found');
  return { wasm: out, glue, imports, exports };
}

/**
 * Joins active data segments that are at most `gap` bytes apart, filling
 * the gap with zeros; returns the wasm and the segment counts.
 */
export function mergeDataSegments(wasm, gap = 64) {
  let before = 0, after = 0;
  const out = mapSections(wasm, (id, section) => {
    if (id !== 11) return undefined;
    let [count, p] = readLeb(section, 0);
    const segments = [];
    for (let i = 0; i < count; i++) {
      let flags, offset, len;
      [flags, p] = readLeb(section, p);
      if (flags !== 0 || section[p] !== 0x41) fail('only active segments of memory 0 at an i32.const offset are expected');
      [offset, p] = readSleb(section, p + 1);
      if (section[p++] !== 0x0b) fail('segment offset is not a plain constant');
      [len, p] = readLeb(section, p);
      segments.push({ offset, bytes: section.subarray(p, p + len) });
      p += len;
    }
    if (p !== section.length) fail('data section not read to its end');
    const joined = [];
    for (const s of segments) {
      const last = joined.at(-1);
      const end = last && last.offset + last.length;
      if (last && s.offset >= end && s.offset - end <= gap) {
        last.parts.push(Buffer.alloc(s.offset - end), s.bytes);
        last.length = s.offset + s.bytes.length - last.offset;
      } else {
        joined.push({ offset: s.offset, parts: [s.bytes], length: s.bytes.length });
      }
    }
    before = segments.length;
    after = joined.length;
    return Buffer.concat([leb(joined.length), ...joined.flatMap((s) => [
      Buffer.from([0, 0x41]), sleb(s.offset), Buffer.from([0x0b]), leb(s.length), ...s.parts])]);
  });
  // The data count section (bulk memory) must agree.
  const counted = mapSections(out, (id) => (id === 12 ? leb(after) : undefined));
  return { wasm: counted, before, after };
}

/** Rewrites the one wasm and its glue in `dir` in place; returns what it did. */
export function shrinkWasmIn(dir) {
  // The log worker (logworker*, loaded only when a runner reads a log) is not the app's pair.
  const files = fs.readdirSync(dir).filter((f) => !f.startsWith('logworker'));
  const wasmFile = files.filter((f) => f.endsWith('_bg.wasm'));
  const glueFile = files.filter((f) => f.endsWith('.js') && f !== 'sw.js');
  if (wasmFile.length !== 1 || glueFile.length !== 1) fail('expected one wasm and one JS glue');
  const wasmPath = path.join(dir, wasmFile[0]), gluePath = path.join(dir, glueFile[0]);
  const names = shortenNames(fs.readFileSync(wasmPath), fs.readFileSync(gluePath, 'utf8'));
  const data = mergeDataSegments(names.wasm);
  fs.writeFileSync(wasmPath, data.wasm);
  fs.writeFileSync(gluePath, names.glue);
  return `${names.imports} imports and ${names.exports} exports renamed, data segments ${data.before} -> ${data.after}`;
}
