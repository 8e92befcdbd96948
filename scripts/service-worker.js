// The service worker's code; scripts/post-build.mjs writes it to dist/sw.js
// after the build's own CACHE name, its PRECACHE list and its ON_DEMAND files
// (loaded when used: the results module, the log reader's worker).
// A new build's worker waits until no page of the old build is open (no
// skipWaiting): a page keeps the worker, and so the cache, of its own build.
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)));
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
    // The page: network first, so a new version reaches users; offline, the
    // page this worker's build precached, whose files are all in its cache.
    // Nothing from the network is stored as the page: a missing path stays a
    // 404, and a newer build's page never lands in this build's cache.
    const shell = url.pathname === scope || url.pathname === `${scope}index.html`;
    e.respondWith(fetch(req).catch(() => (shell ? caches.open(CACHE).then((c) => c.match('./')) : Response.error())));
    return;
  }
  // This build's files: from its cache. Files loaded on demand are not
  // precached: the first time one is fetched, it is kept for offline use
  // (under its address with the query the loader gives it).
  const later = ON_DEMAND.some((f) => url.pathname.endsWith(`/${f}`));
  e.respondWith(caches.open(CACHE).then((c) => c.match(req)).then((hit) => hit || fetch(req).then((res) => {
    if (later && res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  })));
});
