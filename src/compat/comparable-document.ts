/**
 * The document api-smart-diff is shown: schemas emptied (the semantic check decides them), security left
 * to the policy's own rules, and each delivery of `webhooks:` turned into an operation whose response is
 * the event, so that api-smart-diff's response rules apply to what receivers read.
 * @module
 */
import { HTTP_METHODS } from './positions.js';
import { follow, isObject, type Json } from './schema-walk.js';

/** The prefix of the operations that stand for deliveries in the document api-smart-diff compares. */
export const EVENT_PATH = 'webhook ';
/** The status under which a delivery's payload and headers appear in that document. */
export const DELIVERY_STATUS = 'delivery';

/**
 * The document api-smart-diff compares: a copy in which each delivery is an operation whose response
 * `delivery` carries the payload (`content`) and the delivery headers (`headers`). Security is left out:
 * effective security is compared by rules of the policy's own.
 */
export function comparableDocument(document: Json): Json {
  const copy = withoutSchemas(structuredClone(document));
  const paths: Json = isObject(copy.paths) ? copy.paths : {};
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) if (isObject(item[method])) delete (item[method] as Json).security;
  }
  delete copy.security;
  if (isObject(copy.components)) delete copy.components.securitySchemes;
  const webhooks = isObject(copy.webhooks) ? copy.webhooks : {};
  for (const [event, rawItem] of Object.entries(webhooks)) {
    const { node: item } = follow(copy, rawItem, '#');
    if (!isObject(item)) continue;
    const synthetic: Json = {};
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const headers: Json = {};
      const parameters = [...(Array.isArray(item.parameters) ? item.parameters : []), ...(Array.isArray(operation.parameters) ? operation.parameters : [])];
      for (const raw of parameters) {
        const { node: parameter } = follow(copy, raw, '#');
        if (!isObject(parameter) || parameter.in !== 'header') continue;
        const { name: _name, in: _in, ...header } = parameter;
        headers[String(parameter.name)] = header;
      }
      const { node: body } = follow(copy, operation.requestBody, '#');
      const { requestBody: _body, parameters: _parameters, responses: _responses, security: _security, ...rest } = operation;
      synthetic[method] = {
        ...rest,
        responses: {
          [DELIVERY_STATUS]: {
            description: 'the delivery',
            ...(Object.keys(headers).length > 0 ? { headers } : {}),
            ...(isObject(body) && isObject(body.content) ? { content: body.content } : {}),
          },
        },
      };
    }
    paths[`${EVENT_PATH}${event}`] = synthetic;
  }
  delete copy.webhooks;
  copy.paths = paths;
  return copy;
}

/**
 * Empties every schema: the semantic check decides schema changes, by meaning, and api-smart-diff's
 * schema rules are the structural ones the policy corrects (a restructured oneOf, a tightened if/then).
 * Left out, they cost it nothing.
 */
function withoutSchemas(document: Json): Json {
  const visit = (node: unknown, depth: number): void => {
    if (depth > 64) return;
    if (Array.isArray(node)) node.forEach((item) => visit(item, depth + 1));
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        // `schema` of a media type, parameter or header; examples hold data, not schemas
        if (key === 'schema' && (isObject(value) || typeof value === 'boolean')) node[key] = {};
        else if (key !== 'examples' && key !== 'example') visit(value, depth + 1);
      }
    }
  };
  if (isObject(document.components)) delete document.components.schemas;
  visit(document.paths, 0);
  visit(document.webhooks, 0);
  visit(document.components, 0);
  return document;
}
