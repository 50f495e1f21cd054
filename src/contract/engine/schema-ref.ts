/**
 * A body schema of any OpenAPI 3.1 document, with the judge that validates values against it: this API's
 * own schemas run their precompiled validators (fast, nothing compiled at run time); a schema the
 * generated table does not know (an operation added to the document) is compiled once with Ajv's
 * JSON Schema 2020-12 dialect, its errors worded the same way.
 * @module
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { validators, type SchemaError, type SchemaName } from '../../../generated/validators.js';
import { loadBundledSpec, type SpecNode } from '../../spec/bundled-spec.js';
import { describeErrors } from '../../validation/messages.js';
import { validateSchema, type ValidationResult } from '../../validation/validate.js';

// CommonJS with a default export; under NodeNext it arrives wrapped once more
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** A schema of the document, where it is, and how values are judged against it. */
export interface SchemaRef {
  /** how messages name it: the component's name, or the pointer of an inline schema */
  name: string;
  /** where it is: a JSON pointer into the document */
  pointer: string;
  /** set when the generated validators know it */
  precompiled?: SchemaName;
  /** validates a value, one `{ pointer, message }` per broken rule */
  validate: (value: unknown) => ValidationResult<unknown>;
}

/** The id the document is registered under, so that its `#/components/...` references resolve. */
const DOCUMENT_ID = 'urn:contract:document';

const compilers = new WeakMap<SpecNode, { ajv: Ajv2020; compiled: Map<string, ValidateFunction> }>();

function compilerFor(spec: SpecNode) {
  let compiler = compilers.get(spec);
  if (compiler === undefined) {
    // not strict: an OpenAPI document carries keywords (x- extensions, discriminator, example) Ajv does not
    // know; a format neither Ajv nor ajv-formats knows is an annotation, as JSON Schema 2020-12 has it
    const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true, messages: false, logger: false });
    addFormats(ajv);
    ajv.addSchema({ ...structuredClone(spec), $id: DOCUMENT_ID });
    compiler = { ajv, compiled: new Map() };
    compilers.set(spec, compiler);
  }
  return compiler;
}

/**
 * Compiles the schema at a pointer of the document at run time (once per document and pointer).
 * @example
 * runtimeValidator(spec, '/components/schemas/WidgetCreate')({ name: 'x'.repeat(11) }) // { ok: false, errors: [{ pointer: '/name', … }] }
 */
export function runtimeValidator(spec: SpecNode, pointer: string): (value: unknown) => ValidationResult<unknown> {
  const compiler = compilerFor(spec);
  let validate = compiler.compiled.get(pointer);
  if (validate === undefined) {
    validate = compiler.ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer.split('/').map((token) => encodeURIComponent(token)).join('/')}` });
    compiler.compiled.set(pointer, validate);
  }
  const judge = validate;
  return (value) => {
    if (judge(value)) return { ok: true, value };
    const issues = describeErrors((judge.errors ?? []) as SchemaError[]);
    return { ok: false, errors: issues.length > 0 ? issues : [{ pointer: '', message: 'the body does not match the contract' }] };
  };
}

/** The component name a pointer names (`/components/schemas/Webhook` → `Webhook`), if it names one. */
function componentName(pointer: string): string | undefined {
  const match = /^\/components\/schemas\/([^/]+)$/.exec(pointer);
  return match?.[1];
}

/**
 * The schema at a pointer: precompiled when it is one of the bundled spec's named schemas, else compiled
 * at run time.
 * @example
 * schemaRefAt(loadBundledSpec(), '/components/schemas/WebhookCreate').precompiled // 'WebhookCreate'
 */
export function schemaRefAt(spec: SpecNode, pointer: string): SchemaRef {
  const component = componentName(pointer);
  const name = component ?? pointer;
  if (component !== undefined && spec === loadBundledSpec() && Object.hasOwn(validators, component)) {
    const known = component as SchemaName;
    return { name, pointer, precompiled: known, validate: (value) => validateSchema(known, value) };
  }
  let compiled: ((value: unknown) => ValidationResult<unknown>) | undefined;
  // compiled when first used: a run that never judges this schema never pays for it
  return { name, pointer, validate: (value) => (compiled ??= runtimeValidator(spec, pointer))(value) };
}

/** The pointer a `$ref` names, or the given one when the value is not a reference. */
export function refPointer(value: unknown, fallback: string): string {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  return typeof ref === 'string' && ref.startsWith('#') ? ref.slice(1) : fallback;
}
