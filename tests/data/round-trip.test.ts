// Node project: msw answers /api/v1 on any origin here (mocks/handlers/api-path.ts).
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/dataset';
import { endpointNames, endpointPath } from '../../src/api/endpoints';
import { published } from './workbooks';

describe('round trip', () => {
  it('round trip: the sample plan → export → publish equals what the mock serves', async () => {
    const sample = getDataset(undefined);
    const files = await published(sample);
    const served = async (path: string) => (await fetch(`http://localhost/api/v1${path}`)).json();
    // Every endpoint of the one list, the single measure once as an example.
    for (const path of endpointNames.map((name) => endpointPath(name, { id: 'HH-02' }))) {
      const file = files.get(`api/v1${path}.json`);
      expect(file, path).toBeDefined();
      expect(JSON.parse(file!), path).toEqual(await served(path));
    }
    // One file per measure, each equal to its entry in the list.
    for (const measure of sample.measures) {
      expect(JSON.parse(files.get(`api/v1/measures/${measure.id}.json`)!)).toEqual(JSON.parse(JSON.stringify(measure)));
    }
  });
});
