import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestedMockScenario } from '../../src/app/mock-scenario';

// Which data a page load of the demo build reads (decision 031): '' is the published sample plan
// (static JSON, no msw), anything else a scenario for msw. It must survive in-app navigation.
describe('the mock scenario a page load asks for', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is the plain sample plan without ?mock=', () => {
    expect(requestedMockScenario('')).toBe('');
    expect(requestedMockScenario('?filter=x')).toBe('');
  });

  it('takes ?mock= and keeps it for the tab until an empty ?mock= clears it', () => {
    expect(requestedMockScenario('?mock=error-plan,slow')).toBe('error-plan,slow');
    // In-app navigation drops the parameter: the tab keeps the scenario.
    expect(requestedMockScenario('?status=delayed')).toBe('error-plan,slow');
    expect(requestedMockScenario('?mock=')).toBe('');
    expect(requestedMockScenario('')).toBe('');
  });

  it('still applies the URL value when storage is blocked (privacy mode)', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(requestedMockScenario('?mock=scale-1000')).toBe('scale-1000');
    expect(requestedMockScenario('')).toBe('');
  });
});
