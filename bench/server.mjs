// A tiny static server for the bench: serves a build folder (SPA fallback to index.html, the app's
// CSP and headers, like `vite preview`) and, for the real-API build and the floor, the mock's JSON
// under /api/v1 for the data set the runner has chosen (`setData`); the mock build's own files there. Node built-ins only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

let api = new Map();

/** The answers for one data set: path → JSON text, serialised once (as a static server would hold files). */
export function setData(dataset) {
  api = new Map([
    ['/plan', JSON.stringify(dataset.plan)],
    ['/work-areas', JSON.stringify(dataset.workAreas)],
    ['/measures', JSON.stringify(dataset.measures)],
    ['/indicators', JSON.stringify(dataset.indicators)],
    ['/meetings', JSON.stringify(dataset.meetings)],
  ]);
  for (const m of dataset.measures) api.set(`/measures/${encodeURIComponent(m.id)}`, JSON.stringify(m));
}

async function fileFor(root, pathname) {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  try {
    if ((await stat(path)).isFile()) return path;
  } catch {
    // not a file: fall through to the SPA fallback
  }
  return undefined;
}

/** Serves `root` on host:port; `withApi` adds /api/v1. Resolves to the http.Server once listening. */
export function serve({ root, host, port, withApi, headers }) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' });
      res.end(body);
    };
    if (pathname.startsWith('/api/v1/')) {
      // The mock build carries its sample plan as files (api/v1/*.json); a missing one is a 404.
      const body = withApi ? api.get(pathname.slice('/api/v1'.length)) : undefined;
      const file = withApi ? undefined : await fileFor(root, pathname);
      if (file) send(200, types['.json'], await readFile(file));
      else if (body === undefined) send(404, types['.json'], '{"error":"nicht gefunden"}');
      else send(200, types['.json'], body);
      return;
    }
    const file = (await fileFor(root, pathname)) ?? join(root, 'index.html');
    send(200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
