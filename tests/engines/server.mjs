// A plain static file server for the cross-engine suite, like any static host: no rewrites, a
// folder answers with its index.html, anything missing gets 404.html with status 404. Unlike
// `python3 -m http.server` it can be switched off the network (every connection is dropped, as
// when a laptop loses its Wi-Fi) and can serve a changed file (a new deploy), because WebDriver
// has no portable way to take a browser offline or to intercept its requests.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` on 127.0.0.1:`port` (0 for any free one), answering a miss with `notFound`
 * (a path below `dir`; the root's 404.html unless a project site's, as GitHub Pages does for
 * `/crossroads/`). Returns `{ url, offline, rewrite, close }`: setting
 * `offline` drops every open and new connection; `rewrite(name, fn)` serves the file whose URL
 * path ends in `name` through `fn(text)`.
 */
export async function serve(dir, port, notFound = '404.html') {
  const sockets = new Set();
  const rewrites = new Map();
  const state = { offline: false };
  const server = http.createServer((req, res) => {
    if (state.offline) {
      req.socket.destroy();
      return;
    }
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(dir, path.normalize(urlPath));
    if (!file.startsWith(dir)) file = path.join(dir, notFound);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      file = path.join(dir, notFound);
      if (!fs.existsSync(file)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    let body = fs.readFileSync(file);
    for (const [name, fn] of rewrites) {
      if (urlPath.endsWith(name)) body = Buffer.from(fn(body.toString('utf8')));
    }
    res.writeHead(status, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    // Port 0 asks the system for a free one.
    url: `http://127.0.0.1:${server.address().port}`,
    get offline() {
      return state.offline;
    },
    set offline(value) {
      state.offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    rewrite(name, fn) {
      rewrites.set(name, fn);
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
