#!/usr/bin/env node
/**
 * A plain static host for a built dist/ (what nginx or Apache do, see docs/deploy.md): files as
 * they are, the security headers, the SPA fallback to index.html for app routes – and a real 404
 * under /api/, so a missing measure is "nicht gefunden" instead of index.html with status 200.
 *
 *   node scripts/static-server.mjs dist 4125
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The file `urlPath` names inside `root` (decoded, never outside it), or undefined. */
export function fileIn(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const full = resolve(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return undefined; // no way out of the folder
  try {
    return statSync(full).isFile() ? full : undefined;
  } catch {
    return undefined;
  }
}

/** The answer for a missing data file: a 404 in JSON, never the app's index.html (decision 018). */
export function sendNotFound(res, headers = {}) {
  res.writeHead(404, { ...headers, 'Content-Type': 'application/json; charset=utf-8' });
  res.end('{"error":"nicht gefunden"}');
}

export function startStaticServer(dir, port, host = '127.0.0.1') {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status, file, cache) => {
      res.writeHead(status, {
        ...securityHeaders,
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': cache,
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders).end();
      return;
    }
    const file = fileIn(root, url.pathname);
    if (file) {
      send(200, file, url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      return;
    }
    // Data and asset paths never fall back to the app: a missing file is a 404.
    if (/^\/(api|assets|open-data)\//.test(url.pathname) || extname(url.pathname) !== '') {
      sendNotFound(res, securityHeaders);
      return;
    }
    send(200, join(root, 'index.html'), 'no-cache');
  });
  return new Promise((resolveListen) => server.listen(port, host, () => resolveListen(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '4125'] = process.argv.slice(2);
  await startStaticServer(dir, Number(port), process.env.HOST ?? '127.0.0.1');
  console.log(`${resolve(dir)} on http://${process.env.HOST ?? '127.0.0.1'}:${port}/`);
}
