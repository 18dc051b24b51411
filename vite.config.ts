import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, runnerImport, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { InlineConfig } from 'vitest/node';
import { endpointUrl, endpoints, listEndpointNames } from './src/api/endpoints.ts';
import { fileIn, sendNotFound } from './scripts/static-server.mjs';

/**
 * With VITE_API_URL set, the app talks to a real API: then the mock's service worker file must
 * not ship either (OWASP ASVS: no test functionality in a real deployment). The mock code itself
 * is already left out, because src/main.tsx imports it only when VITE_API_URL is empty.
 */
function dropMockWorkerForRealApi(apiUrl: string | undefined): Plugin {
  let outDir = 'dist';
  return {
    name: 'drop-mock-worker-for-real-api',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (apiUrl) rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * Real-API build: the HTML itself requests the lists every view is built from (`<link rel="preload"
 * as="fetch">`), so they download while the entry script loads instead of after it has run (issue
 * 12; decision 025). fetchJson's later fetch() of the same URL takes the preloaded answer (Chromium
 * matches it even with fetchJson's Accept header and signal; the bench and the browser tests count
 * one request per list). The mock build preloads its published sample plan the same way (decision
 * 031); with a `?mock=` scenario msw answers other URLs and the preloads go unused (Chromium warns
 * in the console; five small files). The URLs come from the same rule as fetchJson's (`endpointUrl`).
 */
export function preloadApiLists(base: string | undefined, staticFiles: boolean): Plugin {
  return {
    name: 'preload-api-lists',
    apply: 'build',
    transformIndexHtml() {
      if (!base) return [];
      return listEndpointNames.map((name) => ({
        tag: 'link',
        attrs: {
          rel: 'preload',
          as: 'fetch',
          crossorigin: 'anonymous',
          href: endpointUrl(base, endpoints[name].path, staticFiles),
        },
        injectTo: 'head' as const,
      }));
    },
  };
}

/**
 * Mock build: msw's cookie store (tough-cookie) gets `mocks/cookie-domain.ts` instead of tldts and
 * its 90 KiB (gzip) public-suffix list, half of the mock's chunk (issue 12; why this is enough is in
 * that file, and a unit test holds it to tldts' answers). The real-API build has no msw at all.
 */
function mockCookieDomain(): Plugin {
  const replacement = fileURLToPath(new URL('./mocks/cookie-domain.ts', import.meta.url));
  return {
    name: 'mock-cookie-domain',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'tldts' && importer !== undefined && /[\\/]tough-cookie[\\/]/.test(importer)) return replacement;
      return undefined;
    },
  };
}

/**
 * Mock build: the plain sample plan as static JSON files, `api/v1/<path>.json`, exactly as the data
 * tool publishes a workbook (`apiFiles`, decision 031). The app reads them like a real API on a
 * static host and starts msw only for a `?mock=` scenario. The build emits them into dist/, the dev
 * server answers them from memory. Loaded through Vite's module runner, as the data CLI does: the
 * config itself cannot import the app's TypeScript that uses `import.meta.env`.
 */
function publishSamplePlan(apiUrl: string | undefined): Plugin {
  let files: Promise<Map<string, string>> | undefined;
  const load = (root: string) =>
    (files ??= (async () => {
      const options = { configFile: false as const, logLevel: 'silent' as const, root };
      const [{ module: publish }, { module: dataset }] = await Promise.all([
        runnerImport<typeof import('./scripts/data/publish.ts')>(join(root, 'scripts/data/publish.ts'), options),
        runnerImport<typeof import('./mocks/dataset.ts')>(join(root, 'mocks/dataset.ts'), options),
      ]);
      return new Map(publish.apiFiles(dataset.getDataset(undefined)).map((f) => [f.path, f.content]));
    })());
  let root = process.cwd();
  return {
    name: 'publish-sample-plan',
    configResolved(config) {
      root = config.root;
    },
    async generateBundle() {
      if (apiUrl || this.environment.config.command !== 'build') return;
      for (const [fileName, source] of await load(root)) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      if (apiUrl) return;
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://x').pathname;
        if (!path.startsWith('/api/')) return next();
        void load(root).then((map) => {
          const body = map.get(path.slice(1));
          if (body === undefined) return sendNotFound(res);
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(body);
        }, next);
      });
    },
  };
}

/**
 * `vite preview` answers a missing file under /api/ with 404, not with the SPA's index.html and
 * status 200, as docs/deploy.md asks of every host (decision 018): a measure that does not exist is
 * then "nicht gefunden" in the published and the mock build alike. The same rule as
 * scripts/static-server.mjs, with its file lookup.
 */
function apiNotFoundInPreview(): Plugin {
  return {
    name: 'api-not-found-in-preview',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const { pathname } = new URL(req.url ?? '/', 'http://x');
        if (!pathname.startsWith('/api/') || fileIn(outDir, pathname)) return next();
        sendNotFound(res);
      });
    },
  };
}

/** The origin of a cross-origin API (VITE_API_URL=https://api.example.de/v1), or none for same-origin data. */
export function apiOrigin(apiUrl: string | undefined): string | undefined {
  if (!apiUrl || !/^https?:\/\//i.test(apiUrl)) return undefined;
  return new URL(apiUrl).origin;
}

/**
 * The policy a host should send (docs/security.md). `vite preview` sends it too, so the browser
 * tests prove the production build works under it (no inline script or style elements). A build
 * against a cross-origin API may connect to that origin, and only to it.
 */
export const contentSecurityPolicyFor = (apiUrl?: string): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${apiOrigin(apiUrl) ? ` ${apiOrigin(apiUrl)}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

export const contentSecurityPolicy = contentSecurityPolicyFor();

/**
 * The app's own files offline (docs/decisions/008): Workbox precaches every built file, including
 * all lazy view chunks, through our worker src/sw.ts. It is a classic script (iife) because the
 * mock build imports msw's worker into it with importScripts(). No registerSW inline script (the
 * CSP forbids inline scripts): src/app/service-worker.ts or msw registers sw.js.
 */
const offlineFiles = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src',
  filename: 'sw.ts',
  injectRegister: null,
  manifest: false,
  injectManifest: {
    globPatterns: ['**/*.{js,css,html,svg}'],
    // Imported by sw.js in the mock build; absent in the real-API build.
    globIgnores: ['mockServiceWorker.js'],
    rollupFormat: 'iife',
    // Above workbox's 2 MiB default a file would be left out silently, and the app could not
    // start offline; the largest today (recharts, msw) are ~250–300 kB raw.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
  devOptions: { enabled: false },
});

/** Kept (persisted) query data are valid for one data contract: a changed schema drops them. */
const contractHash = createHash('sha256').update(readFileSync('src/api/schemas.ts')).digest('hex').slice(0, 12);

/**
 * Two vitest projects (decision 013): pure logic, the mock and the contract run in plain node
 * (fast start, and they cannot lean on a DOM by accident); components and whole views in jsdom.
 */
const test: InlineConfig = {
  css: false,
  // A net for a test that hangs, not a speed limit (speed is the bench's). 15 s was too tight on a
  // loaded machine: beside a CI run's browser tests, the measures list's filter tests took more
  // than 15 s (2.3 s alone) and failed; a hang still ends the run within a minute.
  testTimeout: 60_000,
  pool: 'threads',
  // Decision 024: vitest's default leaves one core free, which on a 2-core machine means one worker;
  // the files do not share state (each test renders its own query client, the setup files reset the
  // mock, the language and storage), so they also share one module graph per worker instead of
  // importing React, the views and the mock again for each of the ~45 files. 108 s -> 39 s here.
  maxWorkers: availableParallelism(),
  isolate: false,
  projects: [
    {
      extends: true,
      test: {
        name: 'node',
        environment: 'node',
        // Any .ts test outside integration/ (unit, contract, and folders added later).
        include: ['tests/**/*.test.ts'],
        exclude: ['tests/integration/**', 'tests/e2e/**', 'node_modules/**'],
        setupFiles: ['tests/setup.ts'],
      },
    },
    {
      extends: true,
      test: {
        name: 'jsdom',
        environment: 'jsdom',
        // integration/, and any .tsx test wherever it is (it renders components).
        include: ['tests/integration/**/*.test.{ts,tsx}', 'tests/**/*.test.tsx'],
        exclude: ['tests/e2e/**', 'node_modules/**'],
        setupFiles: ['tests/setup.ts', 'tests/setup-dom.ts'],
      },
    },
  ],
};

/**
 * Fewer, larger chunks (decision 025). Left to itself the bundler split the first view's code into
 * ~17 small shared chunks and the entry into 7 files; over HTTP/1.1's six connections per host they
 * arrived over ~500 ms even from a local server. Now: everything the entry needs in one file, and
 * the code the views share (src/lib, components, api, i18n, zod) in one "views" chunk. Each view's
 * own page stays its own chunk; the charts (recharts), the English texts, the persister and the
 * mock stay lazy chunks of their own.
 */
const sharedByViews = /[\\/]src[\\/](lib|components|api|i18n|app)[\\/]|[\\/]node_modules[\\/]zod[\\/]/;
const notShared = /[\\/]src[\\/]components[\\/]charts[\\/]|[\\/]messages\.en\.ts$|query-persistence|[\\/]sw\.ts$/;
const chunkGroups = [
  { name: 'entry', tags: ['$initial' as const], priority: 3 },
  { name: 'views', test: (id: string) => sharedByViews.test(id) && !notShared.test(id), priority: 2 },
];

// One config for dev, build, preview and vitest. The mock (msw), the API schemas and recharts are
// reached only through dynamic import(), so they are separate chunks, off the entry.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const apiUrl = env.VITE_API_URL || process.env.VITE_API_URL;
  const staticFiles = (env.VITE_API_STATIC || process.env.VITE_API_STATIC) === 'true';
  return {
    plugins: [
      react(),
      mockCookieDomain(),
      dropMockWorkerForRealApi(apiUrl),
      publishSamplePlan(apiUrl),
      apiNotFoundInPreview(),
      // The mock build's plain sample plan is static JSON under the app (publishSamplePlan).
      apiUrl ? preloadApiLists(apiUrl, staticFiles) : preloadApiLists('/api/v1', true),
      offlineFiles,
    ],
    define: { __CONTRACT_HASH__: JSON.stringify(contractHash) },
    base: '/',
    build: {
      target: 'es2022',
      sourcemap: false,
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
    },
    preview: {
      port: 4173,
      strictPort: true,
      headers: {
        // Preview serves the build as it will run: with VITE_API_URL set, under that API's origin.
        'Content-Security-Policy': contentSecurityPolicyFor(apiUrl),
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    server: { port: 5173 },
    test,
  };
});
