/**
 * Reads the bundled spec for the validators' generator: the component that each request, response and
 * event body names, and the headers each response must carry.
 * @module
 */
import { resolveRef } from '../../src/spec/resolve-ref.js';

/** Where the spec's named schemas live. */
export const COMPONENT_REF = '#/components/schemas/';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** A JSON object of the spec, loosely typed. */
export type Json = Record<string, unknown>;

/** What one response of an operation must be: its body's component and media type, and its headers. */
export interface ResponseContract {
  /** the component the body must satisfy; null when the response has no body */
  schema: string | null;
  mediaType: string | null;
  /** headers the response must carry */
  headers: string[];
}

/** One operation's method, path, and the components of its bodies. */
export interface OperationBodies {
  method: string;
  path: string;
  requestBody?: string;
  responses: Record<string, ResponseContract>;
}

/** Every body schema of the spec, by operation and by event. */
export interface BodySchemas {
  /** every schema used as a request, response or event body, by component name */
  names: string[];
  operations: Record<string, OperationBodies>;
  /** event type → the component of its payload */
  events: Record<string, string>;
}

function refName(schema: unknown, where: string): string {
  const ref = (schema as Json | undefined)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(COMPONENT_REF)) {
    throw new Error(`${where}: body schemas must be a $ref to a named component, so each gets a named validator`);
  }
  return ref.slice(COMPONENT_REF.length);
}

function deref<T>(doc: Json, value: T): T {
  return resolveRef<T>(doc, value);
}

function jsonBody(content: unknown, where: string): { schema: string; mediaType: string } | undefined {
  const media = content as Record<string, Json> | undefined;
  if (!media) return undefined;
  const mediaType = ['application/json', 'application/problem+json'].find((type) => media[type]);
  if (!mediaType) throw new Error(`${where}: only JSON bodies are described`);
  return { schema: refName(media[mediaType]!.schema, where), mediaType };
}

/** Finds every body schema of every operation and event in the bundled spec. */
export function collectBodySchemas(doc: Json): BodySchemas {
  const names = new Set<string>();
  const operations: Record<string, OperationBodies> = {};
  const events: Record<string, string> = {};
  const visit = (pathItem: Json, path: string, event?: string): void => {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const id = operation.operationId as string;
      const requestBody = deref(doc, operation.requestBody as Json | undefined);
      const request = requestBody && jsonBody(requestBody.content, `${id} request`)?.schema;
      if (request) names.add(request);
      if (event && request) events[event] = request;
      const responses: Record<string, ResponseContract> = {};
      for (const [status, rawResponse] of Object.entries((operation.responses ?? {}) as Json)) {
        const response = deref(doc, rawResponse as Json);
        const body = jsonBody(response.content, `${id} ${status}`);
        const headers = Object.entries((response.headers ?? {}) as Json)
          .filter(([, header]) => deref(doc, header as Json).required === true)
          .map(([name]) => name);
        responses[status] = { schema: body?.schema ?? null, mediaType: body?.mediaType ?? null, headers };
        if (body) names.add(body.schema);
      }
      if (!event) operations[id] = { method, path, ...(request ? { requestBody: request } : {}), responses };
    }
  };
  for (const [path, item] of Object.entries((doc.paths ?? {}) as Json)) visit(deref(doc, item as Json), path);
  for (const [event, item] of Object.entries((doc.webhooks ?? {}) as Json)) visit(deref(doc, item as Json), event, event);
  return { names: [...names].sort(), operations, events };
}

/** The schemas receivers validate leniently: every event payload, and the envelope for event types added later. */
export function lenientSchemaNames(bodies: BodySchemas): string[] {
  return [...Object.values(bodies.events), 'EventEnvelope'].sort();
}
