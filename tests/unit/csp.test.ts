import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, contentSecurityPolicyFor } from '../../vite.config';

const connectSrc = (policy: string) => policy.split('; ').find((d) => d.startsWith('connect-src'));

describe('preview CSP', () => {
  it('keeps connect-src to the own origin for the mock and for same-origin published data', () => {
    expect(connectSrc(contentSecurityPolicy)).toBe("connect-src 'self'");
    expect(connectSrc(contentSecurityPolicyFor('/api/v1'))).toBe("connect-src 'self'");
  });

  it('allows exactly the origin of a cross-origin API', () => {
    expect(connectSrc(contentSecurityPolicyFor('https://api.example.de/masterplan/v1'))).toBe(
      "connect-src 'self' https://api.example.de",
    );
    expect(connectSrc(contentSecurityPolicyFor('http://localhost:8080/v1/'))).toBe("connect-src 'self' http://localhost:8080");
  });
});
