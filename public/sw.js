// Crossroads service worker: keeps the whole build in a cache so the app opens and works with
// no network after one visit. `cargo xtask post-build` fills in VERSION (a hash of every file)
// and FILES (every file of the build) after each release build; nothing here is hand-listed.
const VERSION = '__CROSSROADS_VERSION__';
const FILES = ['__CROSSROADS_FILES__'];
const CACHE = `crossroads-${VERSION}`;
const SCOPE = self.registration.scope;
const SHELL = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, SCOPE).href))));
});

// A new version waits until the page asks for it (the person pressed Reload), so nothing
// changes under someone in the middle of a quiz.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('crossroads-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  // Every route is the same app shell, so any navigation is answered with the cached one.
  const wanted = request.mode === 'navigate' ? SHELL : request;
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(wanted, { ignoreSearch: true })).then((hit) => hit || fetch(request)),
  );
});
