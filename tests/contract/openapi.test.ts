import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../scripts/openapi';

const file = resolve(__dirname, '../../docs/openapi.json');

describe('docs/openapi.json', () => {
  it('matches the zod schemas (run `npm run openapi` after changing src/api/schemas.ts)', () => {
    const generated = `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
    if (process.env.UPDATE_OPENAPI) writeFileSync(file, generated);
    const committed = readFileSync(file, 'utf8');
    expect(committed).toBe(generated);
  });

  it('describes every endpoint the app calls', () => {
    const doc = buildOpenApiDocument();
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/indicators',
      '/measures',
      '/measures/{id}',
      '/meetings',
      '/plan',
      '/work-areas',
    ]);
    const measure = doc.components.schemas.Measure as { properties: Record<string, unknown>; required: string[] };
    expect(measure.required).toEqual(expect.arrayContaining(['id', 'title', 'status', 'progress', 'workAreaId']));
    expect(measure.properties.status).toMatchObject({ enum: ['planned', 'in_progress', 'delayed', 'completed', 'on_hold'] });
  });
});
