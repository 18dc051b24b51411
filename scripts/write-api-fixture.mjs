// Writes the mock's seeded plan as static JSON files (plan, work-areas, measures, indicators,
// meetings) into <dir>/fixture-api/v1/, so a real-API build (VITE_API_URL=/fixture-api/v1) can be
// tested against a plain static server: tests/e2e/offline.spec.ts reloads it offline.
// Usage: node scripts/write-api-fixture.mjs <build dir>
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/write-api-fixture.mjs <build dir>');

// Vite loads the TypeScript data module for us (the dataset is the mock's single source).
const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { getDataset } = await vite.ssrLoadModule('/mocks/dataset.ts');
  const data = getDataset(undefined);
  const out = join(dir, 'fixture-api', 'v1');
  mkdirSync(out, { recursive: true });
  const files = {
    plan: data.plan,
    'work-areas': data.workAreas,
    measures: data.measures,
    indicators: data.indicators,
    meetings: data.meetings,
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(out, name), JSON.stringify(body));
  console.log(`API fixture written to ${out}`);
} finally {
  await vite.close();
}
