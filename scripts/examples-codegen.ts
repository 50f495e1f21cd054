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

/** Example component name → the schema component its media types say it illustrates. */
function exampleSchemas(doc: Json): Map<string, string> {
  const found = new Map<string, string>();
  const visitMedia = (content: unknown): void => {
    for (const media of Object.values((content ?? {}) as Record<string, Json>)) {
      const schema = ((media.schema as Json | undefined)?.$ref as string | undefined)?.slice(SCHEMA_REF.length);
      for (const [key, example] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
        const ref = example.$ref as string | undefined;
        if (!ref?.startsWith(EXAMPLE_REF) || !schema) {
          throw new Error(`example "${key}" must be a $ref to components/examples, under a $ref schema`);
        }
        const name = ref.slice(EXAMPLE_REF.length);
        const previous = found.get(name);
        if (previous && previous !== schema) throw new Error(`example ${name} illustrates both ${previous} and ${schema}`);
        found.set(name, schema);
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
    lines.push(`export const ${name}: Schemas[${JSON.stringify(schemas.get(name))}] = ${JSON.stringify(example.value, null, 2)};`);
  }
  return `${lines.join('\n')}\n`;
}
