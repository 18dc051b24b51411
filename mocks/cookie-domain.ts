/**
 * Stands in for the `tldts` package inside the mock build (vite.config.ts, `mockCookieDomain`).
 *
 * msw keeps cookies for mocked requests with tough-cookie, which asks tldts for a host's
 * registrable domain ("duesseldorf.de" for "masterplan.duesseldorf.de"). tldts answers from the
 * whole public-suffix list: 90 KiB gzip, half of the mock's chunk, parsed on every page load of the
 * demo (issue 12: Lighthouse's blocking time on the mock build). Our mock sets no cookies, so the
 * answer only decides where msw looks for ones the page set itself. The last two labels are right
 * for the hosts the dashboard runs on (a city domain, localhost, an IP address — those get null,
 * as from tldts); they differ from tldts only below a multi-label suffix ("example.co.uk").
 */
export function getDomain(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const isIp = /^[\d.]+$/.test(host) || host.includes(':');
  const labels = host.split('.');
  if (isIp || labels.length < 2 || labels.some((label) => label === '')) return null;
  return labels.slice(-2).join('.');
}
