// Prints raw, gzip (level 9) and brotli (quality 11) bytes of every file in
// dist/ and the total. Usage: node scripts/size-report.mjs [dir=dist]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/** Raw, gzip and brotli bytes of every file under `dir`, and the total. */
export function sizes(dir) {
  const files = [];
  (function walk(d) {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else files.push(p);
    }
  })(dir);
  files.sort();
  const rows = files.map((f) => {
  const buf = fs.readFileSync(f);
  return {
    name: path.relative(dir, f),
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
    };
  });
  const sum = (rs) => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  // The log worker (logworker*) loads only when a runner reads a log: apart from the first load's total.
  const worker = rows.filter((r) => r.name.startsWith('logworker'));
  return { rows: rows.filter((r) => !worker.includes(r)), total: sum(rows.filter((r) => !worker.includes(r))), worker, workerTotal: sum(worker) };
}

/** Prints the table for `dir`. */
function report(dir) {
  const { rows, total, worker, workerTotal } = sizes(dir);
  const w = Math.max(12, ...rows.map((r) => r.name.length), ...worker.map((r) => r.name.length));
  const line = (n, r, g, b) => `${n.padEnd(w)}  ${String(r).padStart(9)}  ${String(g).padStart(9)}  ${String(b).padStart(9)}`;
  console.log(`size report for ${path.relative(process.cwd(), dir) || '.'} (bytes)`);
  console.log(line('file', 'raw', 'gzip', 'brotli'));
  for (const r of rows) console.log(line(r.name, r.raw, r.gzip, r.brotli));
  console.log(line('total', total.raw, total.gzip, total.brotli));
  if (worker.length) {
    console.log('log worker (loaded only when a runner reads a log; not in the first load):');
    for (const r of worker) console.log(line(r.name, r.raw, r.gzip, r.brotli));
    console.log(line('worker total', workerTotal.raw, workerTotal.gzip, workerTotal.brotli));
  }
}

const main = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (main) report(path.resolve(process.argv[2] ?? 'dist'));
