/** Reads the bundled spec for tests: its operations, their bodies and their named examples. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveRef } from '../../src/spec/resolve-ref.js';

type Json = Record<string, unknown>;

export const bundledSpec = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../generated/openapi.json', import.meta.url)), 'utf8'),
) as Json & { paths: Json; webhooks: Json; components: Json & { schemas: Record<string, Json> } };

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Follows local `$ref`s of the bundled spec until a value that is not a reference. */
export function deref<T = Json>(value: unknown): T {
  return resolveRef<T>(bundledSpec, value);
}

export interface SpecOperation {
  id: string;
  method: string;
  path: string;
  /** true for an entry of the `webhooks:` section */
  isEvent: boolean;
  operation: Json;
}

export function specOperations(): SpecOperation[] {
  const found: SpecOperation[] = [];
  for (const [section, isEvent] of [['paths', false], ['webhooks', true]] as const) {
    for (const [path, rawItem] of Object.entries(bundledSpec[section] as Json)) {
      const item = deref(rawItem);
      for (const method of METHODS) {
        const operation = item[method] as Json | undefined;
        if (operation) found.push({ id: operation.operationId as string, method, path, isEvent, operation });
      }
    }
  }
  return found;
}

export interface NamedExample {
  operationId: string;
  /** `request` or the response status */
  where: string;
  mediaType: string;
  name: string;
  schemaName: string;
  value: unknown;
}

function schemaNameOf(schema: unknown): string {
  const ref = (schema as Json).$ref as string;
  return ref.slice('#/components/schemas/'.length);
}

/** Every named example of every request and response body, with the schema it must satisfy. */
export function namedExamples(): NamedExample[] {
  const examples: NamedExample[] = [];
  for (const { id, operation } of specOperations()) {
    const bodies: [string, Json | undefined][] = [['request', deref<Json | undefined>(operation.requestBody)]];
    for (const [status, response] of Object.entries((operation.responses ?? {}) as Json)) {
      bodies.push([status, deref(response)]);
    }
    for (const [where, body] of bodies) {
      for (const [mediaType, media] of Object.entries((body?.content ?? {}) as Record<string, Json>)) {
        for (const [name, example] of Object.entries((media.examples ?? {}) as Json)) {
          const value = deref<Json>(example).value;
          examples.push({ operationId: id, where, mediaType, name, schemaName: schemaNameOf(media.schema), value });
        }
      }
    }
  }
  return examples;
}
