/** Handler paths follow the app's base path, so the mock also works when deployed under a sub-path. */
export function apiPath(path: string): string {
  const base = typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : '/';
  return `${base ?? '/'}api/v1${path}`;
}
