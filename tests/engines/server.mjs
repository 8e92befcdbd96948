// Serves a release build (dist/) for the cross-engine tests, as a static host
// would, with one addition: the page gets the test probe (probe.js) as its
// first script, so errors from the very start are seen in every engine, and
// a test can take over the clock. Classic WebDriver (WebKitWebDriver) has no
// init scripts; a same-origin script is allowed by the app's CSP ('self').
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const PROBE_PATH = '/__engines/probe.js';
const probe = fs.readFileSync(new URL('./probe.js', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** The page with the probe as its first script (after the CSP meta, so the CSP applies to it). */
function withProbe(html) {
  const at = html.indexOf('<script');
  if (at < 0) throw new Error('index.html has no script');
  return html.slice(0, at) + `<script src="${PROBE_PATH}"></script>` + html.slice(at);
}

/** Serves `dir` on a free port of 127.0.0.1; resolves to { url, close }. */
export function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === PROBE_PATH) {
      res.writeHead(200, { ...HEADERS, 'content-type': TYPES['.js'] }).end(probe);
      return;
    }
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, '.' + rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403, HEADERS).end('forbidden');
      return;
    }
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      if (path.basename(file) === 'index.html') body = Buffer.from(withProbe(body.toString('utf8')));
      res.writeHead(200, { ...HEADERS, 'content-type': type, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}
