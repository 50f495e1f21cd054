/**
 * The old version of the contract as a tolerant reader sees it, for the semantic check of responses and
 * deliveries.
 * @module
 */
import { HTTP_METHODS } from './positions.js';
import { isObject, mapSchema, type Json, type Schema } from './schema-walk.js';

const TOLERANT_SKIP = new Set(['not', 'if', 'propertyNames', 'contains']);

/**
 * The old version as a tolerant reader sees it: unknown fields and unknown enum values are fine, and a
 * value may match several alternatives. Conditions (`not`, `if`) keep their meaning untouched.
 */
export function tolerantDocument(document: Json): Json {
  const open = (node: Json): Schema => {
    const copy: Json = { ...node };
    if (copy.additionalProperties === false) delete copy.additionalProperties;
    if (copy.unevaluatedProperties === false) delete copy.unevaluatedProperties;
    delete copy.enum;
    if (Array.isArray(copy.oneOf)) {
      const { oneOf, ...rest } = copy;
      return rest.anyOf === undefined ? { ...rest, anyOf: oneOf } : { ...rest, allOf: [...((rest.allOf as Schema[]) ?? []), { anyOf: oneOf }] };
    }
    return copy;
  };
  const tolerant = structuredClone(document);
  const reopen = (holder: unknown, key: string): void => {
    if (isObject(holder) && (isObject(holder[key]) || typeof holder[key] === 'boolean')) {
      holder[key] = mapSchema(holder[key] as Schema, open, TOLERANT_SKIP);
    }
  };
  const components = isObject(tolerant.components) ? tolerant.components : {};
  for (const schemaName of Object.keys(isObject(components.schemas) ? components.schemas : {})) reopen(components.schemas, schemaName);
  // inline schemas of responses, headers and deliveries: every schema a reader reads
  const visitMedia = (content: unknown): void => {
    if (isObject(content)) for (const entry of Object.values(content)) reopen(entry, 'schema');
  };
  const visitHeaders = (headers: unknown): void => {
    if (!isObject(headers)) return;
    for (const header of Object.values(headers)) {
      reopen(header, 'schema');
      if (isObject(header)) visitMedia(header.content);
    }
  };
  const visitResponse = (response: unknown): void => {
    if (!isObject(response)) return;
    visitMedia(response.content);
    visitHeaders(response.headers);
  };
  for (const response of Object.values(isObject(components.responses) ? components.responses : {})) visitResponse(response);
  visitHeaders(components.headers);
  for (const parameter of Object.values(isObject(components.parameters) ? components.parameters : {})) reopen(parameter, 'schema');
  for (const section of ['paths', 'webhooks']) {
    for (const item of Object.values(isObject(tolerant[section]) ? (tolerant[section] as Json) : {})) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        for (const response of Object.values(isObject(operation.responses) ? operation.responses : {})) visitResponse(response);
        if (Array.isArray(operation.parameters)) operation.parameters.forEach((parameter) => reopen(parameter, 'schema'));
        if (isObject(operation.requestBody)) visitMedia(operation.requestBody.content);
      }
      if (Array.isArray(item.parameters)) item.parameters.forEach((parameter) => reopen(parameter, 'schema'));
    }
  }
  return tolerant;
}
