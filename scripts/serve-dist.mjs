// A small static file server for dist/: the one the serve command and the
// end-to-end tests use, so what is tested is what is served.
// Usage: node scripts/serve-dist.mjs [dir=dist] [port=8080] [host=127.0.0.1] [base=/]
// With a base such as /backcheck/, the app is served under that sub-path only.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [dir = 'dist', port = '8080', host = '127.0.0.1', base = '/'] = process.argv.slice(2);
const root = path.resolve(dir);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// What a host must send with every response (README, "Privacy and security"):
// the page's meta CSP cannot forbid framing, these headers can.
const SECURITY = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest\+json)|image\/svg)/;

/** brotli if the client takes it, else gzip, else none ("br;q=0" refuses). */
function pickEncoding(accept = '') {
  const taken = new Set(accept.split(',')
    .map((part) => part.split(';').map((x) => x.trim()))
    .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q))
    .map(([name]) => name));
  if (taken.has('br')) return 'br';
  if (taken.has('gzip')) return 'gzip';
  return null;
}

/** Each file is compressed once per version and encoding (brotli at its highest level). */
const cacheByFile = new Map();
function compressed(file, mtime, encoding) {
  const key = `${file}\n${mtime}\n${encoding}`;
  if (!cacheByFile.has(key)) {
    const raw = fs.readFileSync(file);
    cacheByFile.set(key, encoding === 'br'
      ? zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
      : zlib.gzipSync(raw, { level: 9 }));
  }
  return cacheByFile.get(key);
}

const server = http.createServer((req, res) => {
  for (const [k, v] of Object.entries(SECURITY)) res.setHeader(k, v);
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  let rel = '/' + decodeURIComponent(url.pathname.slice(base.length));
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(root, '.' + rel);
  if (file !== root && !file.startsWith(root + path.sep)) {
    res.writeHead(403).end('forbidden');
    return;
  }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    // Files trunk names after their content (`name-<seahash in hex>.ext`, the
    // wasm `name-<hash>_bg.wasm`) may be cached for ever; everything else
    // (the page, sw.js, the manifest, icon-192.png) must be revalidated. Trunk
    // writes the hash without leading zeros: one in 2^32 has fewer than 8
    // digits and is merely revalidated.
    const cache = /-[0-9a-f]{8,16}(_bg)?\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers = { 'content-type': type, 'cache-control': cache, vary: 'accept-encoding' };
    // Compressed as any static host would (brotli or gzip), so that local
    // runs and Lighthouse see the transfer sizes the size budget counts.
    const encoding = COMPRESSIBLE.test(type) ? pickEncoding(req.headers['accept-encoding']) : null;
    if (!encoding) {
      res.writeHead(200, { ...headers, 'content-length': st.size });
      if (req.method === 'HEAD') { res.end(); return; }
      fs.createReadStream(file).pipe(res);
      return;
    }
    const body = compressed(file, st.mtimeMs, encoding);
    res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
});
server.listen(Number(port), host, () => {
  console.log(`serving ${root} at http://${host}:${port}${base}`);
});
