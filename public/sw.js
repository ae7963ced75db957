// Crossroads service worker: keeps the whole build in a cache so the app opens and works with
// no network after one visit. `cargo xtask post-build` fills in VERSION (a hash of every file)
// FILES (every file of the build) and LANGUAGES (the folder of each language below the root)
// after each release build; nothing here is hand-listed.
const VERSION = '__CROSSROADS_VERSION__';
const FILES = ['__CROSSROADS_FILES__'];
const LANGUAGES = ['__CROSSROADS_LANGUAGES__'];
const CACHE = `crossroads-${VERSION}`;
const SCOPE = self.registration.scope;

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

// A navigation gets its route's own copy of the app shell (only the home page's carries the
// home text as its first paint); any other path gets the 404 copy of its language, which the
// app fills in.
function pageFor(url) {
  const path = new URL(url).pathname;
  return new URL(path.endsWith('/') ? `${path}index.html` : `${path}/index.html`, SCOPE).href;
}

function fallbackFor(url) {
  const below = url.slice(SCOPE.length);
  const language = LANGUAGES.find((code) => below === code || below.startsWith(`${code}/`));
  return new URL(language ? `${language}/404.html` : '404.html', SCOPE).href;
}

async function respond(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    const page = (await cache.match(pageFor(request.url))) || (await cache.match(fallbackFor(request.url)));
    return page || fetch(request);
  }
  return (await cache.match(request, { ignoreSearch: true })) || fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  event.respondWith(respond(request));
});
