/**
 * The pre-flight of a contract run: one read the document states, sent with each key before any case, so an
 * unreachable server, a refused key or a wrong base URL is reported at once instead of as a run of failures.
 * @module
 */
import { WebhooksContractError } from '../errors.js';
import type { SpecNode } from '../spec/bundled-spec.js';
import { resolveRef } from '../spec/resolve-ref.js';
import type { Sender } from './http.js';
import { ContractOptionsError, type ResolvedOptions } from './options.js';
import type { OperationContract } from './response-contract.js';

/** The server could not be reached at all; the message says what to check. */
export class ServerUnreachableError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_SERVER_UNREACHABLE', message);
  }
}

/** This API's own list, asked for one item: the cheapest read it has. */
const OWN_PREFLIGHT = '/v1/webhooks?limit=1';

function requiresParameters(spec: SpecNode, contract: OperationContract): boolean {
  if (contract.path.includes('{')) return true;
  const item = resolveRef<SpecNode>(spec, (spec.paths as Record<string, unknown> | undefined)?.[contract.path] ?? {});
  const operation = resolveRef<SpecNode>(spec, item.get ?? {});
  const parameters = [...((item.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])];
  return parameters.some((raw) => resolveRef<SpecNode>(spec, raw).required === true);
}

/**
 * The target of the pre-flight: `GET /v1/webhooks?limit=1` when the document has this API's list, else the
 * first GET with no path or required parameter it states; undefined (no pre-flight) when it has none.
 */
export function preflightTarget(spec: SpecNode, contracts: ReadonlyMap<string, OperationContract>): string | undefined {
  const reads = [...contracts.values()].filter((contract) => contract.method === 'GET' && !requiresParameters(spec, contract));
  if (reads.some((contract) => contract.path === '/v1/webhooks')) return OWN_PREFLIGHT;
  return reads[0]?.path;
}

/** Checks, before anything else, that the server answers and takes the keys. */
export async function preflight(sender: Sender, options: ResolvedOptions, target: string | undefined): Promise<void> {
  if (target === undefined) return;
  const keys: [string, string][] = [['--api-key', options.apiKey], ...(options.secondApiKey === undefined ? [] : [['--second-api-key', options.secondApiKey] as [string, string]])];
  for (const [flag, key] of keys) {
    const answer = await sender.send({ method: 'GET', target, headers: { Authorization: `Bearer ${key}` } });
    const where = `GET ${answer.url}`;
    if (answer.status === 0) {
      throw new ServerUnreachableError(`Could not reach the server: ${where} failed, ${answer.error ?? 'no answer'}. Start your server first, or check the base URL (${options.baseUrl.href}).`);
    }
    if (answer.status === 401) throw new ContractOptionsError(`The server refused the key given as ${flag} (401 on ${where}): pass an API key it accepts.`);
    if (answer.status === 404) throw new ContractOptionsError(`${where} answered 404: the base URL must be the API's root, under which ${target.split('?')[0]} lives (now ${options.baseUrl.href}).`);
  }
}
