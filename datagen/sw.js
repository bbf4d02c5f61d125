// Wegweiser: the offline copy (a service worker). The app registers this file only after
// someone has pressed "keep this page available offline"; without that press it is never
// loaded and nothing is cached. It is a template: the build (datagen/src/offline.rs) fills
// in the list of the app's files and a version made from their contents, and writes sw.js.
//
// What it does, and nothing more:
// - install: stores exactly the listed files of this build in one cache;
// - activate: deletes the caches of older builds (ours only: they share the prefix);
// - fetch: same-origin GET only. Opening the page is answered with the stored page (any
//   query string, e.g. ?lang=ro); the listed files come from the cache; every other request
//   goes to the network untouched and is never stored. The worker asks for nothing else.
"use strict";

// The app deletes every cache whose name starts with this (src/offline.rs: CACHE_PREFIX).
const PREFIX = "wegweiser-offline-";
const CACHE = PREFIX + "__VERSION__";
// Paths relative to this file; "./" is the page itself.
const FILES = ["__FILES__"];

const scope = new URL("./", self.location.href);
const listed = new Set(FILES.map((f) => new URL(f, scope).href));

self.addEventListener("install", (event) => {
  // All or nothing: if one file cannot be fetched, installing fails and nothing is kept.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      // A new build replaces the old copy at once, so the directory never stays outdated.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      // Take over the open page, so it works offline without a reload.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  let key = null;
  if (request.mode === "navigate") {
    // The page under any query string (?lang=ro, ?view=map) is the one stored page "./".
    if (url.pathname === scope.pathname || url.pathname === scope.pathname + "index.html") key = scope.href;
  } else if (listed.has(url.href)) {
    key = request;
  }
  if (key === null) return; // not ours: the browser fetches it as if there were no worker
  // caches.match, not caches.open: after "delete" nothing here may create a cache again.
  event.respondWith(caches.match(key, { ignoreVary: true }).then((hit) => hit || fetch(request)));
});
