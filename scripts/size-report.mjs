// Prints raw, gzip (level 9) and brotli (quality 11) bytes of every file of a
// build and the first load's total. Files loaded only when used (the results
// module, the log reader's worker: ON_DEMAND in post-build.mjs) get their own
// lines and total and do not count against the first load; every other file
// does (the service worker fetches all of them on the first visit).
// Usage: node scripts/size-report.mjs [dir=dist] [--check]
//   --check  exit 1 when the first load is over the budget, in brotli bytes
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { filesIn, onDemand } from './post-build.mjs';

/** The size budget of the whole first load, brotli (README, "Size budget"). */
export const BUDGET = 200_000;

const sum = (rows) => rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });

/** Raw, gzip and brotli bytes of every file under `dir`; totals of the first load and of on-demand files. */
export function sizes(dir) {
  const rows = filesIn(dir).map((name) => {
    const buf = fs.readFileSync(path.join(dir, name));
    return {
      name,
      onDemand: onDemand(name),
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
      }).length,
    };
  });
  return { rows, firstLoad: sum(rows.filter((r) => !r.onDemand)), onDemand: sum(rows.filter((r) => r.onDemand)) };
}

/** Prints the table for `dir`; returns whether the first load is within the budget. */
function report(dir) {
  const { rows, firstLoad, onDemand } = sizes(dir);
  const w = Math.max(24, ...rows.map((r) => r.name.length));
  const line = (n, s) => console.log(`${n.padEnd(w)}  ${String(s.raw).padStart(9)}  ${String(s.gzip).padStart(9)}  ${String(s.brotli).padStart(9)}`);
  console.log(`size report for ${path.relative(process.cwd(), dir) || '.'} (bytes)`);
  line('file', { raw: 'raw', gzip: 'gzip', brotli: 'brotli' });
  for (const r of rows.filter((r) => !r.onDemand)) line(r.name, r);
  line('first load, total', firstLoad);
  const lazy = rows.filter((r) => r.onDemand);
  if (lazy.length) {
    for (const r of lazy) line(r.name, r);
    line('on demand, total', onDemand);
  }
  const within = firstLoad.brotli <= BUDGET;
  console.log(`size budget: first load ${firstLoad.brotli} B brotli of ${BUDGET} B: ${within ? `within, ${BUDGET - firstLoad.brotli} B to spare` : `OVER by ${firstLoad.brotli - BUDGET} B`}`);
  return within;
}

const main = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (main) {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
  const within = report(dir);
  if (args.includes('--check') && !within) process.exit(1);
}
