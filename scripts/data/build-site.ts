/**
 * `build:data`: the production build without the mock, talking to its own origin, with the
 * published data inside it. The app requests `/api/v1/<path>.json` (VITE_API_STATIC), which any
 * static host serves as a plain file; see docs/deploy.md.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { API_DIR, writeOutput, type OutputFile } from './publish';

export const STATIC_API_URL = `/${API_DIR}`;
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export async function buildSite(outDir: string, files: readonly OutputFile[], log: (line: string) => void): Promise<void> {
  await writeOutput(outDir, files, async (tmpDir) => {
    // Vite reads VITE_* from the environment: these two turn the mock off and the .json paths on.
    process.env.VITE_API_URL = STATIC_API_URL;
    process.env.VITE_API_STATIC = 'true';
    // Vite's module runner (cli.mjs) resolved a dev-server config and left NODE_ENV=development
    // behind; build() would honour it: React's development build, and import.meta.env.PROD false,
    // so main.tsx never registered the service worker and the site did not work offline.
    process.env.NODE_ENV = 'production';
    log('Baue die Anwendung (vite build) …');
    await build({
      root: projectRoot,
      configFile: `${projectRoot}vite.config.ts`,
      logLevel: 'warn',
      build: { outDir: tmpDir, emptyOutDir: true },
    });
  });
}
