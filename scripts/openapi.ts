import * as z from 'zod/mini';
import { endpointNames, endpoints } from '../src/api/endpoints';
import * as schemas from '../src/api/schemas';

/**
 * The OpenAPI 3.1 document for the city's IT, generated from the endpoint list and the same zod
 * schemas the app validates with. docs/openapi.json is its committed output;
 * tests/contract/openapi.test.ts fails when the two differ (`npm run openapi` rewrites it).
 * Lives in scripts/ because the app never needs it at run time.
 */
function jsonSchema(schema: z.ZodMiniType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
}

function jsonResponse(description: string, schemaRef: string) {
  return {
    description,
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaRef}` } } },
  };
}

const errorResponses = {
  '500': { description: 'Serverfehler' },
};

/** Example values for path parameters, so the document can be tried out as it stands. */
const parameterExamples: Record<string, string> = { id: 'HH-02' };

function operation(endpoint: (typeof endpoints)[keyof typeof endpoints]) {
  const parameters = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
    example: parameterExamples[name],
  }));
  return {
    get: {
      operationId: endpoint.operationId,
      ...(parameters.length > 0 ? { parameters } : {}),
      responses: {
        '200': jsonResponse(endpoint.description, endpoint.component),
        // An endpoint with an id can name something that does not exist.
        ...(parameters.length > 0 ? { '404': { description: 'Nicht gefunden' } } : {}),
        ...errorResponses,
      },
    },
  };
}

export function buildOpenApiDocument() {
  const list = endpointNames.map((name) => endpoints[name]);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Masterplan Handwerk Düsseldorf – Umsetzungs-API',
      version: '1.0.0',
      description:
        'Read-only API behind the Masterplan Handwerk dashboard. Dates are calendar days (YYYY-MM-DD). Every "today" computation uses Plan.dataDate. Generated from src/api/endpoints.ts and src/api/schemas.ts.',
    },
    servers: [{ url: '/api/v1' }],
    paths: Object.fromEntries(list.map((endpoint) => [endpoint.path, operation(endpoint)])),
    components: {
      schemas: Object.fromEntries(
        list.map((endpoint) => [endpoint.component, jsonSchema(schemas[endpoint.schema])] as const),
      ) as Record<string, Record<string, unknown>>,
    },
  };
}
