/**
 * Renders every named example of the spec as a typed TypeScript constant, so that the compiler checks
 * each example against the generated type of the schema it illustrates.
 */
import { resolveRef } from '../src/spec/resolve-ref.js';

type Json = Record<string, unknown>;

const EXAMPLE_REF = '#/components/examples/';
const SCHEMA_REF = '#/components/schemas/';

function deref(doc: Json, value: unknown): Json {
  return resolveRef<Json>(doc, value);
}

/**
 * Example component name → the schema components its media types say it illustrates (a webhook example
 * illustrates `Webhook` where it is read back and `WebhookCreated` where it is created: it must be both).
 */
function exampleSchemas(doc: Json): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visitMedia = (content: unknown): void => {
    for (const media of Object.values((content ?? {}) as Record<string, Json>)) {
      const schema = ((media.schema as Json | undefined)?.$ref as string | undefined)?.slice(SCHEMA_REF.length);
      for (const [key, example] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
        const ref = example.$ref as string | undefined;
        if (!ref?.startsWith(EXAMPLE_REF) || !schema) {
          throw new Error(`example "${key}" must be a $ref to components/examples, under a $ref schema`);
        }
        const name = ref.slice(EXAMPLE_REF.length);
        const illustrated = found.get(name) ?? new Set<string>();
        illustrated.add(schema);
        found.set(name, illustrated);
      }
    }
  };
  for (const section of ['paths', 'webhooks']) {
    for (const item of Object.values((doc[section] ?? {}) as Json)) {
      for (const operation of Object.values(deref(doc, item))) {
        if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
        const op = operation as Json;
        visitMedia(deref(doc, op.requestBody)?.content);
        for (const response of Object.values(op.responses as Json)) visitMedia(deref(doc, response).content);
      }
    }
  }
  return found;
}

/** generated/examples.ts */
export function renderExamples(doc: Json, banner: string): string {
  const examples = (doc.components as Json).examples as Record<string, Json>;
  const schemas = exampleSchemas(doc);
  const lines = [
    `/* ${banner} */`,
    '/** The spec\'s named examples, each typed with the schema it illustrates. */',
    "import type { components } from './openapi.js';",
    '',
    'type Schemas = components["schemas"];',
  ];
  for (const name of [...schemas.keys()].sort()) {
    const example = examples[name];
    if (!example) throw new Error(`example ${name} is referenced but not bundled`);
    lines.push('', `/** ${String(example.summary ?? name).replaceAll('*/', '*\\/')} */`);
    const type = [...schemas.get(name)!].sort().map((schema) => `Schemas[${JSON.stringify(schema)}]`).join(' & ');
    lines.push(`export const ${name}: ${type} = ${JSON.stringify(example.value, null, 2)};`);
  }
  return `${lines.join('\n')}\n`;
}
