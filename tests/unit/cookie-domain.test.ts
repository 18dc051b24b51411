import { getDomain as fromSuffixList } from 'tldts';
import { describe, expect, it } from 'vitest';
import { getDomain } from '../../mocks/cookie-domain';

// The mock build replaces tldts by mocks/cookie-domain.ts: it must answer as tldts does for the
// hosts the dashboard is served from (tough-cookie calls it with these options).
const options = { allowIcannDomains: true, allowPrivateDomains: true };

describe('the mock’s registrable-domain lookup', () => {
  it.each([
    'localhost',
    '127.0.0.1',
    '::1',
    'masterplan.duesseldorf.de',
    'duesseldorf.de',
    'www.duesseldorf.de.',
    'Dashboard.Example.COM',
    'api.example.invalid',
  ])('%s as tldts', (host) => {
    expect(getDomain(host)).toBe(fromSuffixList(host, options));
  });

  it('differs only below a multi-label public suffix (no cookies are set by the mock)', () => {
    expect(fromSuffixList('example.co.uk', options)).toBe('example.co.uk');
    expect(getDomain('example.co.uk')).toBe('co.uk');
  });
});
