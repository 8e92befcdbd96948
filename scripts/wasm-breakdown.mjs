// Where the wasm's bytes go, by crate and by section (a measurement, not a test).
// Usage: scripts/wasm-breakdown.sh   (builds a copy with function names, then
//        node scripts/wasm-breakdown.mjs <file.wasm> [top=15])
import fs from 'node:fs';
import zlib from 'node:zlib';

const [file, topArg] = process.argv.slice(2);
const top = Number(topArg ?? 15);
const buf = fs.readFileSync(file);
const br = (b) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let pos = 8;
const u32 = () => { let r = 0, s = 0, b; do { b = buf[pos++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r >>> 0; };
const sections = [];
let imports = 0;
const names = new Map();
const bodies = [];
let data = null;
let code = null;
while (pos < buf.length) {
  const id = buf[pos++]; const size = u32(); const start = pos; const end = pos + size;
  if (id === 0) {
    const n = u32(); const name = buf.subarray(pos, pos + n).toString(); pos += n;
    if (name === 'name') {
      while (pos < end) {
        const sub = buf[pos++]; const len = u32(); const subEnd = pos + len;
        if (sub === 1) { const count = u32(); for (let i = 0; i < count; i++) { const idx = u32(); const l = u32(); names.set(idx, buf.subarray(pos, pos + l).toString()); pos += l; } }
        pos = subEnd;
      }
    }
    sections.push([`custom ${name}`, size]);
  } else if (id === 2) {
    const count = u32();
    const skip = () => { const l = u32(); pos += l; };
    for (let i = 0; i < count; i++) { skip(); skip(); const kind = buf[pos++]; if (kind === 0) { u32(); imports++; } else if (kind === 1) { pos++; const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); } else if (kind === 3) { pos += 2; } else if (kind === 4) { pos++; u32(); } }
    sections.push(['import', size]);
  } else if (id === 10) {
    const count = u32();
    for (let i = 0; i < count; i++) { const len = u32(); bodies.push([imports + i, len]); pos += len; }
    code = buf.subarray(start, end);
    sections.push(['code', size]);
  } else if (id === 11) { data = buf.subarray(start, end); sections.push(['data', size]); } else sections.push([`section ${id}`, size]);
  pos = end;
}

const crateOf = (n) => {
  if (!n) return '(unnamed)';
  const app = n.match(/backcheck::(ui|assessment|storage|json)(::[a-z_]+)?/);
  if (app) return app[0].replace(/::[a-z_]+$/, (m) => (app[1] === 'ui' || app[1] === 'assessment' ? m : ''));
  if (/CompStateInner<COMP>.*::view/.test(n)) return 'page views (function components, inlined)';
  const m = n.match(/^<?&?(?:dyn )?([a-z_][a-z0-9_]*)/);
  return m ? m[1].replace(/\[[0-9a-f]+\]$/, '') : '(other)';
};
const byCrate = new Map();
for (const [idx, len] of bodies) { const k = crateOf(names.get(idx)); byCrate.set(k, (byCrate.get(k) ?? 0) + len); }

console.log(`wasm breakdown of ${file} (${buf.length} B raw including the name section)`);
for (const [name, size] of sections.filter(([, s]) => s > 1000)) console.log(`  section ${name.padEnd(22)} ${String(size).padStart(8)} B`);
if (code) console.log(`  code section alone, brotli: ${br(code)} B`);
if (data) console.log(`  data section alone, brotli: ${br(data)} B`);
if (names.size === 0) { console.log('  (no name section: build with scripts/wasm-breakdown.sh)'); process.exit(0); }
console.log(`  code by crate (raw bytes), top ${top}:`);
[...byCrate].sort((a, b) => b[1] - a[1]).slice(0, top).forEach(([k, v]) => console.log(`  ${String(v).padStart(8)}  ${k}`));
if (process.env.FUNCTIONS) {
  const fns = [...bodies].map(([idx, len]) => [names.get(idx) ?? `#${idx}`, len]).sort((a, b) => b[1] - a[1]);
  console.log(`  largest functions, top ${process.env.FUNCTIONS}:`);
  for (const [n, len] of fns.slice(0, Number(process.env.FUNCTIONS))) console.log(`  ${String(len).padStart(8)}  ${n.slice(0, 150)}`);
}
