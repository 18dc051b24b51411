import { endpoints, type EndpointName } from '../../src/api/endpoints';

/**
 * The msw path of an endpoint from the app's list (`{id}` becomes msw's `:id`). Handler paths
 * follow the app's base path, so the mock also works when deployed under a sub-path. Without a
 * page (node tests) a relative path would match nothing, so there any origin matches.
 */
export function apiPath(name: EndpointName): string {
  const base = typeof import.meta.env === 'object' ? (import.meta.env.BASE_URL ?? '/') : '/';
  const origin = typeof location === 'undefined' ? '*' : '';
  return `${origin}${base}api/v1${endpoints[name].path.replace(/\{(\w+)\}/g, ':$1')}`;
}
