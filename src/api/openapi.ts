import * as z from 'zod/mini';
import {
  indicatorListSchema,
  measureListSchema,
  measureSchema,
  meetingListSchema,
  planSchema,
  workAreaListSchema,
} from './schemas';

/**
 * The OpenAPI 3.1 document for the city's IT, generated from the same zod schemas the app
 * validates with. docs/openapi.json is its committed output; tests/contract/openapi.test.ts fails
 * when the two differ (`npm run openapi` rewrites it).
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

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Masterplan Handwerk Düsseldorf – Umsetzungs-API',
      version: '1.0.0',
      description:
        'Read-only API behind the Masterplan Handwerk dashboard. Dates are calendar days (YYYY-MM-DD). Every "today" computation uses Plan.dataDate. Generated from src/api/schemas.ts.',
    },
    servers: [{ url: '/api/v1' }],
    paths: {
      '/plan': { get: { operationId: 'getPlan', responses: { '200': jsonResponse('Der Plan', 'Plan'), ...errorResponses } } },
      '/work-areas': {
        get: {
          operationId: 'listWorkAreas',
          responses: { '200': jsonResponse('Handlungsfelder', 'WorkAreaList'), ...errorResponses },
        },
      },
      '/measures': {
        get: {
          operationId: 'listMeasures',
          responses: { '200': jsonResponse('Alle Maßnahmen', 'MeasureList'), ...errorResponses },
        },
      },
      '/measures/{id}': {
        get: {
          operationId: 'getMeasure',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, example: 'HH-02' }],
          responses: {
            '200': jsonResponse('Eine Maßnahme', 'Measure'),
            '404': { description: 'Unbekannte Maßnahme' },
            ...errorResponses,
          },
        },
      },
      '/indicators': {
        get: {
          operationId: 'listIndicators',
          responses: { '200': jsonResponse('Kennzahlen', 'IndicatorList'), ...errorResponses },
        },
      },
      '/meetings': {
        get: {
          operationId: 'listMeetings',
          responses: {
            '200': jsonResponse('Spitzengespräche mit Vereinbarungen und Momentaufnahmen', 'MeetingList'),
            ...errorResponses,
          },
        },
      },
    },
    components: {
      schemas: {
        Plan: jsonSchema(planSchema),
        WorkAreaList: jsonSchema(workAreaListSchema),
        Measure: jsonSchema(measureSchema),
        MeasureList: jsonSchema(measureListSchema),
        IndicatorList: jsonSchema(indicatorListSchema),
        MeetingList: jsonSchema(meetingListSchema),
      },
    },
  };
}
