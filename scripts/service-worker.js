// The service worker's code; scripts/post-build.mjs writes it to dist/sw.js
// after the build's own CACHE name, its PRECACHE list and its ON_DEMAND files
// (loaded when used: the results module, the log reader's worker).
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('backcheck-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (e) => {
  const req = e.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    const scope = new URL(self.registration.scope).pathname;
    // The page: network first, so a new version reaches users; the cache when
    // offline. Only a successful answer for the app's own page replaces the
    // cached page: a missing path stays a 404 and is never cached.
    const shell = url.pathname === scope || url.pathname === `${scope}index.html`;
    e.respondWith(fetch(req).then((res) => {
      if (res.ok && shell) {
        const copy = res.clone();
        caches.open(CACHE).then((c) => c.put('./', copy));
      }
      return res;
    }).catch(() => (shell ? caches.match('./') : Response.error())));
    return;
  }
  // This build's files: from the cache. Files loaded on demand are not
  // precached: the first time one is fetched, it is kept for offline use.
  const later = ON_DEMAND.some((f) => url.pathname.endsWith(`/${f}`));
  e.respondWith(caches.match(req).then((hit) => hit || fetch(req).then((res) => {
    if (later && res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  })));
});
