/**
 * What the contract says each operation may answer: the documented statuses, and for each its media
 * type, body schema and headers (with their schemas, required or not). This API's operations come from
 * the generated `operations` table (their validators precompiled); any other operation of the document
 * is read from it directly, its schemas compiled at run time.
 * @module
 */
import { operations, type SchemaName } from '../../generated/validators.js';
import { loadBundledSpec, type SpecNode } from '../spec/bundled-spec.js';
import { resolveRef } from '../spec/resolve-ref.js';
import { refPointer, runtimeValidator, schemaRefAt, type SchemaRef } from './engine/schema-ref.js';
import { catalogueOperations, type CatalogueOperation } from './rules/catalogue.js';
import type { Schema } from './schema/schema-node.js';

/**
 * The operation ids of the contract. A document given to the runner may hold others: those are strings
 * outside this union, driven by the generic engine alone.
 */
export type OperationId = keyof typeof operations;

/** One documented response header. */
export interface DocumentedHeader {
  name: string;
  required: boolean;
  schema: Schema;
  /** another document's header schema, compiled at run time (this API's are judged by the small evaluator) */
  validate?: (value: unknown) => boolean;
}

/** One documented response of an operation. */
export interface DocumentedResponse {
  status: string;
  /** `null` when the response has no body (204) */
  mediaType: string | null;
  schema: SchemaRef | null;
  headers: DocumentedHeader[];
}

/** One operation as the runner drives it. */
export interface OperationContract {
  operationId: OperationId;
  /** upper case */
  method: string;
  /** the spec's path template */
  path: string;
  /** the request body's schema when the generated validators know it */
  requestBody?: SchemaName;
  /** the JSON request body's schema, for any operation */
  requestSchema?: SchemaRef;
  /** false for an operation the generated table does not know: the generic engine alone drives it */
  precompiled: boolean;
  responses: Map<string, DocumentedResponse>;
  /** the security scheme its callers use (the first the spec lists); absent for a public operation */
  securityScheme?: string;
}

/** The schemes the runner has credentials for: an account's API key (`--api-key`), or none (public). */
export const TESTABLE_SCHEMES: ReadonlySet<string | undefined> = new Set([undefined, 'apiKey']);

function readHeaders(spec: SpecNode, response: SpecNode, required: readonly string[], compileAt?: string): DocumentedHeader[] {
  return Object.entries((response.headers ?? {}) as Record<string, unknown>).map(([name, raw]) => {
    const header = resolveRef<SpecNode>(spec, raw);
    const own = { name, required: header.required === true || required.includes(name), schema: (header.schema ?? true) as Schema };
    if (compileAt === undefined || header.schema === undefined) return own;
    const at = `${refPointer(raw, `${compileAt}/headers/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`)}/schema`;
    let compiled: ((value: unknown) => { ok: boolean }) | undefined;
    return { ...own, validate: (value: unknown) => (compiled ??= runtimeValidator(spec, at))(value).ok };
  });
}

let cached: Map<OperationId, OperationContract> | undefined;

/**
 * Every operation's contract, keyed by operation id.
 * @example
 * operationContracts().get('createWebhook')?.responses.get('201')?.headers.map((h) => h.name) // ['X-Request-Id', 'Location', 'Idempotent-Replayed']
 */
export function operationContracts(spec: SpecNode = loadBundledSpec()): Map<OperationId, OperationContract> {
  if (cached !== undefined && spec === loadBundledSpec()) return cached;
  const paths = spec.paths as Record<string, unknown>;
  const contracts = new Map<OperationId, OperationContract>();
  for (const [operationId, operation] of Object.entries(operations) as [OperationId, (typeof operations)[OperationId]][]) {
    const item = resolveRef<SpecNode | undefined>(spec, paths[operation.path]);
    // another document may leave out this API's own operations: those are not tested
    if (item?.[operation.method] === undefined) continue;
    const specOperation = resolveRef<SpecNode>(spec, item[operation.method]);
    const specResponses = (specOperation.responses ?? {}) as Record<string, unknown>;
    const responses = new Map<string, DocumentedResponse>();
    for (const [status, documented] of Object.entries(operation.responses) as [string, { schema: string | null; mediaType: string | null; headers: readonly string[] }][]) {
      const response = resolveRef<SpecNode>(spec, specResponses[status]);
      responses.set(status, {
        status,
        mediaType: documented.mediaType,
        schema: documented.schema === null ? null : schemaRefAt(spec, `/components/schemas/${documented.schema}`),
        headers: readHeaders(spec, response, documented.headers),
      });
    }
    const security = (specOperation.security ?? spec.security) as Record<string, unknown>[] | undefined;
    const scheme = security?.map((requirement) => Object.keys(requirement)[0]).find((name) => name !== undefined);
    contracts.set(operationId, {
      operationId,
      method: operation.method.toUpperCase(),
      path: operation.path,
      ...('requestBody' in operation ? { requestBody: operation.requestBody as SchemaName, requestSchema: schemaRefAt(spec, `/components/schemas/${operation.requestBody as string}`) } : {}),
      precompiled: true,
      responses,
      ...(scheme === undefined ? {} : { securityScheme: scheme }),
    });
  }
  for (const operation of catalogueOperations(spec)) {
    if (!contracts.has(operation.operationId as OperationId)) contracts.set(operation.operationId as OperationId, genericContract(spec, operation));
  }
  if (spec === loadBundledSpec()) cached = contracts;
  return contracts;
}

/** The media types a body may be judged as, in the order they are preferred. */
const JSON_TYPES = ['application/json', 'application/problem+json'];

/** The contract of an operation the generated table does not know, read from the document itself. */
function genericContract(spec: SpecNode, operation: CatalogueOperation): OperationContract {
  const responses = new Map<string, DocumentedResponse>();
  for (const [status, raw] of Object.entries((operation.node.responses ?? {}) as Record<string, unknown>)) {
    const response = resolveRef<SpecNode>(spec, raw);
    const pointer = refPointer(raw, `${operation.pointer}/responses/${status}`);
    const content = (response.content ?? {}) as Record<string, SpecNode>;
    const mediaType = JSON_TYPES.find((type) => type in content) ?? Object.keys(content)[0] ?? null;
    const media = mediaType === null ? undefined : content[mediaType];
    const schema = media?.schema === undefined ? null : schemaRefAt(spec, refPointer(media.schema, `${pointer}/content/${mediaType!.replaceAll('~', '~0').replaceAll('/', '~1')}/schema`));
    responses.set(status, { status, mediaType, schema, headers: readHeaders(spec, response, [], pointer) });
  }
  const body = resolveRef<SpecNode | undefined>(spec, operation.node.requestBody);
  const json = (body?.content as Record<string, SpecNode> | undefined)?.['application/json'];
  const bodyPointer = refPointer(operation.node.requestBody, `${operation.pointer}/requestBody`);
  const security = (operation.node.security ?? spec.security) as Record<string, unknown>[] | undefined;
  const scheme = security?.map((requirement) => Object.keys(requirement)[0]).find((name) => name !== undefined);
  return {
    operationId: operation.operationId as OperationId,
    method: operation.method,
    path: operation.path,
    ...(json?.schema === undefined ? {} : { requestSchema: schemaRefAt(spec, refPointer(json.schema, `${bodyPointer}/content/application~1json/schema`)) }),
    precompiled: false,
    responses,
    ...(scheme === undefined ? {} : { securityScheme: scheme }),
  };
}

/** The documented response for a status (exact, then `4XX`-style ranges, then `default`). */
export function documentedResponse(contract: OperationContract, status: number): DocumentedResponse | undefined {
  return contract.responses.get(String(status)) ?? contract.responses.get(`${String(status)[0]}XX`) ?? contract.responses.get('default');
}

/** The documented statuses of an operation, in order, for messages. */
export function documentedStatuses(contract: OperationContract): string[] {
  return [...contract.responses.keys()];
}
