import type * as schemas from './schemas';

/** The names of the schemas in `schemas.ts`; endpoints refer to them by name, see below. */
type SchemaName = {
  [K in keyof typeof schemas]: (typeof schemas)[K] extends { safeParse: unknown } ? K : never;
}[keyof typeof schemas];

export interface Endpoint {
  /** Path below the API base, OpenAPI style: `{id}` marks a path parameter. */
  path: string;
  /** The zod schema (in schemas.ts) the answer must pass. */
  schema: SchemaName;
  /** Its name in docs/openapi.json. */
  component: string;
  operationId: string;
  /** Shown in docs/openapi.json for the 200 answer. */
  description: string;
}

/**
 * Every endpoint of the API, once (decision 015). Its key is the resource's one name everywhere:
 * react-query keys, the error messages (`state` texts), the mock's handlers and its scenario words
 * (`error-workAreas`), docs/openapi.json and the tests. The schemas are named, not imported, so
 * this list stays in the entry chunk without pulling zod in.
 */
export const endpoints = {
  plan: { path: '/plan', schema: 'planSchema', component: 'Plan', operationId: 'getPlan', description: 'Der Plan' },
  workAreas: {
    path: '/work-areas',
    schema: 'workAreaListSchema',
    component: 'WorkAreaList',
    operationId: 'listWorkAreas',
    description: 'Handlungsfelder',
  },
  measures: {
    path: '/measures',
    schema: 'measureListSchema',
    component: 'MeasureList',
    operationId: 'listMeasures',
    description: 'Alle Maßnahmen',
  },
  measure: {
    path: '/measures/{id}',
    schema: 'measureSchema',
    component: 'Measure',
    operationId: 'getMeasure',
    description: 'Eine Maßnahme',
  },
  indicators: {
    path: '/indicators',
    schema: 'indicatorListSchema',
    component: 'IndicatorList',
    operationId: 'listIndicators',
    description: 'Kennzahlen',
  },
  meetings: {
    path: '/meetings',
    schema: 'meetingListSchema',
    component: 'MeetingList',
    operationId: 'listMeetings',
    description: 'Spitzengespräche mit Vereinbarungen und Momentaufnahmen',
  },
} as const satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export const endpointNames = Object.keys(endpoints) as EndpointName[];

/** The concrete path of an endpoint: `{id}` filled in, URL-encoded (ids come from the URL bar). */
export function endpointPath(name: EndpointName, params: Readonly<Record<string, string>> = {}): string {
  return endpoints[name].path.replace(/\{(\w+)\}/g, (_match, key: string) => {
    const value = params[key];
    if (value === undefined) throw new Error(`${name}: path parameter ${key} missing`);
    return encodeURIComponent(value);
  });
}

/** The endpoints without a path parameter: the lists the views are built from. */
export const listEndpointNames = endpointNames.filter((name) => !endpoints[name].path.includes('{'));

/**
 * Where a concrete path lives under the API base: `<base><path>`, or `<base><path>.json` for a
 * published data folder on a plain static host (VITE_API_STATIC; docs/deploy.md). One rule for
 * fetchJson and the real-API build's preload links (vite.config.ts), so the two URLs cannot differ.
 */
export function endpointUrl(base: string, path: string, staticFiles: boolean): string {
  return `${base.replace(/\/$/, '')}${path}${staticFiles ? '.json' : ''}`;
}
