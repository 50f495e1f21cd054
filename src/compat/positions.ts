/**
 * The places of a contract where a value crosses the wire, each with the schema that describes it and the
 * direction it travels: request bodies and parameters (clients write them), response bodies and headers,
 * event payloads and delivery headers (consumers read them).
 * @module
 */
import { follow, isObject, pointerOf, pointerToken, type Json, type Schema } from './schema-walk.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Who writes the value: a client (`request`) or the platform, read by consumers (`response`). */
export type Direction = 'request' | 'response';

/** What kind of value a position holds. */
export type PositionKind = 'request-body' | 'parameter' | 'response-body' | 'response-header' | 'event-payload' | 'delivery-header';

/** One place where a value crosses the wire. */
export interface SchemaPosition {
  /** stable across versions: method, normalised path and place (`POST /v1/webhooks{} request application/json`) */
  key: string;
  kind: PositionKind;
  direction: Direction;
  /** what a reviewer reads: `POST /v1/webhooks request body (application/json)` */
  label: string;
  /** the operation or event it belongs to: `POST /v1/webhooks`, `event business.created` */
  owner: string;
  /** JSON pointer of its schema in the bundled document */
  pointer: string;
  schema: Schema;
  /** whether the value must be present (parameters and headers) */
  required: boolean;
  /** the values the spec gives as examples for it */
  examples: unknown[];
}

/** An operation or an event, keyed the same way in both versions. */
export interface SpecOperationRef {
  key: string;
  label: string;
  isEvent: boolean;
  /** the event name, or the path template */
  name: string;
  method: string;
  pointer: string;
  operation: Json;
}

/** A path template with its parameter names dropped, so that `{id}` → `{webhookId}` is the same path. */
export function normalisePath(template: string): string {
  return template.replace(/\{[^}]*\}/g, '{}');
}

/** Every operation of `paths:` and every delivery of `webhooks:`. */
export function specOperations(document: Json): SpecOperationRef[] {
  const found: SpecOperationRef[] = [];
  for (const section of ['paths', 'webhooks'] as const) {
    const items = document[section];
    if (!isObject(items)) continue;
    for (const [name, rawItem] of Object.entries(items)) {
      const { node: item, pointer: itemPointer } = follow(document, rawItem, pointerOf([section, name]));
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const isEvent = section === 'webhooks';
        const shared = Array.isArray(item.parameters) ? item.parameters : [];
        found.push({
          key: isEvent ? `event ${name} ${method}` : `${method.toUpperCase()} ${normalisePath(name)}`,
          label: isEvent ? `event ${name}` : `${method.toUpperCase()} ${name}`,
          isEvent,
          name,
          method,
          pointer: `${itemPointer}/${method}`,
          // path-level parameters apply to every operation of the path, unless the operation redeclares them
          operation: shared.length > 0 ? { ...operation, 'x-path-parameters': shared } : operation,
        });
      }
    }
  }
  return found;
}

function examplesOf(document: Json, holder: Json, schema: unknown): unknown[] {
  const found: unknown[] = [];
  if ('example' in holder) found.push(holder.example);
  if (isObject(holder.examples)) {
    for (const raw of Object.values(holder.examples)) {
      const { node } = follow(document, raw, '#');
      if (isObject(node) && 'value' in node) found.push(node.value);
    }
  }
  const { node: resolved } = follow(document, schema, '#');
  if (isObject(resolved) && Array.isArray(resolved.examples)) found.push(...resolved.examples);
  return found;
}

/** The parameters of an operation, the path item's first and the operation's own overriding them. */
function parametersOf(document: Json, op: SpecOperationRef): { parameter: Json; pointer: string }[] {
  const byKey = new Map<string, { parameter: Json; pointer: string }>();
  const lists: [unknown, string][] = [
    [op.operation['x-path-parameters'], op.pointer.replace(/\/[^/]+$/, '/parameters')],
    [op.operation.parameters, `${op.pointer}/parameters`],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const { node, pointer } = follow(document, raw, `${listPointer}/${index}`);
      if (!isObject(node) || typeof node.name !== 'string' || typeof node.in !== 'string') return;
      byKey.set(parameterKey(node), { parameter: node, pointer });
    });
  }
  return [...byKey.values()];
}

/** `header:idempotency-key`, `query:limit`: header names are case-insensitive. */
export function parameterKey(parameter: Json): string {
  const name = String(parameter.name);
  return `${String(parameter.in)}:${parameter.in === 'header' ? name.toLowerCase() : name}`;
}

/** The schema of a parameter or header: its `schema`, or the one of its single `content` entry. */
function parameterSchema(holder: Json, pointer: string): { schema: Schema; pointer: string } | undefined {
  if (holder.schema !== undefined) return { schema: holder.schema as Schema, pointer: `${pointer}/schema` };
  if (isObject(holder.content)) {
    const [media, entry] = Object.entries(holder.content)[0] ?? [];
    if (media && isObject(entry) && entry.schema !== undefined) {
      return { schema: entry.schema as Schema, pointer: `${pointer}/content/${pointerToken(media)}/schema` };
    }
  }
  return undefined;
}

/** Every position of a document with a schema. */
export function schemaPositions(document: Json): SchemaPosition[] {
  const positions: SchemaPosition[] = [];
  for (const op of specOperations(document)) {
    for (const { parameter, pointer } of parametersOf(document, op)) {
      const found = parameterSchema(parameter, pointer);
      if (!found) continue;
      const where = op.isEvent ? 'delivery header' : `${String(parameter.in)} parameter`;
      positions.push({
        key: `${op.key} parameter ${parameterKey(parameter)}`,
        kind: op.isEvent ? 'delivery-header' : 'parameter',
        // what the platform sends with a delivery is read by the receiver, like a response header
        direction: op.isEvent ? 'response' : 'request',
        label: `${op.label} ${where} ${String(parameter.name)}`,
        owner: op.label,
        pointer: found.pointer,
        schema: found.schema,
        required: parameter.required === true || parameter.in === 'path',
        examples: examplesOf(document, parameter, found.schema),
      });
    }
    const { node: body, pointer: bodyPointer } = follow(document, op.operation.requestBody, `${op.pointer}/requestBody`);
    if (isObject(body) && isObject(body.content)) {
      for (const [media, entry] of Object.entries(body.content)) {
        if (!isObject(entry) || entry.schema === undefined) continue;
        positions.push({
          key: `${op.key} request ${media}`,
          kind: op.isEvent ? 'event-payload' : 'request-body',
          direction: op.isEvent ? 'response' : 'request',
          label: op.isEvent ? `${op.label} payload (${media})` : `${op.label} request body (${media})`,
          owner: op.label,
          pointer: `${bodyPointer}/content/${pointerToken(media)}/schema`,
          schema: entry.schema as Schema,
          required: body.required === true,
          examples: examplesOf(document, entry, entry.schema),
        });
      }
    }
    // what receivers answer to a delivery carries nothing the check can compare (statuses are rules of their own)
    if (op.isEvent || !isObject(op.operation.responses)) continue;
    for (const [status, raw] of Object.entries(op.operation.responses)) {
      const { node: response, pointer: responsePointer } = follow(document, raw, `${op.pointer}/responses/${status}`);
      if (!isObject(response)) continue;
      if (isObject(response.content)) {
        for (const [media, entry] of Object.entries(response.content)) {
          if (!isObject(entry) || entry.schema === undefined) continue;
          positions.push({
            key: `${op.key} response ${status} ${media}`,
            kind: 'response-body',
            direction: 'response',
            label: `${op.label} ${status} response body (${media})`,
            owner: op.label,
            pointer: `${responsePointer}/content/${pointerToken(media)}/schema`,
            schema: entry.schema as Schema,
            required: true,
            examples: examplesOf(document, entry, entry.schema),
          });
        }
      }
      if (isObject(response.headers)) {
        for (const [name, rawHeader] of Object.entries(response.headers)) {
          const { node: header, pointer: headerPointer } = follow(
            document,
            rawHeader,
            `${responsePointer}/headers/${pointerToken(name)}`,
          );
          if (!isObject(header)) continue;
          const found = parameterSchema(header, headerPointer);
          if (!found) continue;
          positions.push({
            key: `${op.key} response ${status} header ${name.toLowerCase()}`,
            kind: 'response-header',
            direction: 'response',
            label: `${op.label} ${status} response header ${name}`,
            owner: op.label,
            pointer: found.pointer,
            schema: found.schema,
            required: header.required === true,
            examples: examplesOf(document, header, found.schema),
          });
        }
      }
    }
  }
  return positions;
}
