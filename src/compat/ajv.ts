/**
 * The one way this check builds an Ajv instance: JSON Schema 2020-12 with formats, as the generated
 * validators do.
 * @module
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// a CommonJS default export, wrapped once more under NodeNext
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/**
 * A 2020-12 Ajv with formats. Strict mode is off because OpenAPI documents carry keywords of their own
 * (discriminator, x-…); schemas are not validated against the meta-schema, which costs more than the
 * rest and which the spec's linting already covers.
 */
export function createAjv(): Ajv2020 {
  // each schema checks a few hundred values: compiling fast matters more than validating fast
  const ajv = new Ajv2020({
    strict: false,
    logger: false,
    validateFormats: true,
    validateSchema: false,
    inlineRefs: false,
    code: { optimize: false },
  });
  addFormats(ajv);
  return ajv;
}
