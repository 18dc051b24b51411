import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for dev, build, preview and vitest. The mock (msw) and recharts are reached only
// through dynamic import(), so Rollup/Rolldown puts them in their own chunks, off the entry.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    target: 'es2022',
    sourcemap: false,
    // The preload helper would otherwise add msw/recharts chunks to index.html's modulepreloads
    // only when they are static; we keep them dynamic and measure the entry in tests/e2e.
    modulePreload: { polyfill: false },
  },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    css: false,
    testTimeout: 15000,
    pool: 'threads',
  },
});
