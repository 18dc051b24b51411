// jsdom, like the app's other tests: the mock (msw) answers the app's relative /api/v1 paths there.
import { describe, expect, it } from 'vitest';
import { getDataset } from '../../mocks/dataset';
import { published } from './workbooks';

describe('round trip', () => {
  it('round trip: the sample plan → export → publish equals what the mock serves', async () => {
    const sample = getDataset(undefined);
    const files = await published(sample);
    const served = async (path: string) => (await fetch(new URL(`/api/v1${path}`, document.baseURI))).json();
    for (const path of ['/plan', '/work-areas', '/measures', '/indicators', '/meetings', '/measures/HH-02']) {
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
