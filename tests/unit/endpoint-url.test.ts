import { describe, expect, it } from 'vitest';
import { endpointUrl, endpoints, listEndpointNames } from '../../src/api/endpoints';

describe('endpointUrl: one rule for fetchJson and the preload links', () => {
  it('joins base and path with one slash, with or without a trailing slash on the base', () => {
    expect(endpointUrl('/api/v1', '/measures', false)).toBe('/api/v1/measures');
    expect(endpointUrl('https://api.example.de/v1/', '/measures/HH-02', false)).toBe('https://api.example.de/v1/measures/HH-02');
  });

  it('names a file per path for a published static data folder', () => {
    expect(endpointUrl('/api/v1', '/plan', true)).toBe('/api/v1/plan.json');
  });

  it('the lists are the endpoints without a path parameter', () => {
    expect(listEndpointNames).toEqual(['plan', 'workAreas', 'measures', 'indicators', 'meetings']);
    expect(listEndpointNames).not.toContain('measure');
    expect(endpoints.measure.path).toContain('{id}');
  });
});
