/**
 * The checks every response gets, whatever the request was: no server error, a documented status, the
 * documented media type, documented headers present and valid (their schemas, and what they mean:
 * `Location` names the created webhook, `WWW-Authenticate` is a Bearer challenge, `Idempotent-Replayed`
 * only answers a request that carried a key), the body valid against its schema, and no secret in it.
 * @module
 */
import { mediaTypeOf } from '../validation/request-checks.js';
import type { CanaryRegistry } from './canaries.js';
import type { CheckName } from './checks.js';
import { MAX_RESPONSE_BYTES, type Exchange } from './http.js';
import { documentedResponse, documentedStatuses, type DocumentedHeader, type OperationContract } from './response-contract.js';
import { matches } from './schema/matches.js';
import type { Schema } from './schema/schema-node.js';
import { fail, orList, pass, statusText, type Verdict } from './verdict.js';

/** What the response checks need besides the exchange. */
export interface ResponseContext {
  baseUrl: URL;
  canaries: CanaryRegistry;
  /** the checks to judge; others are left out */
  enabled: ReadonlySet<CheckName>;
  /** a probe outside the documented operations (an undocumented method): only server errors and leaks count */
  probe?: boolean;
  /** every X-Request-Id seen so far in the run: each answer gets its own */
  requestIds: Set<string>;
}

/** token and quoted-string, as HTTP (RFC 9110) spells auth-params */
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const AUTH_PARAM = `${TOKEN}\\s*=\\s*(?:${TOKEN}|"(?:[^"\\\\]|\\\\.)*")`;
const BEARER_CHALLENGE = new RegExp(`^Bearer(?:\\s+(?:${AUTH_PARAM})(?:\\s*,\\s*${AUTH_PARAM})*)?$`, 'i');

/** Normalises a JSON pointer for signatures: array indices do not tell failures apart. */
function pointerShape(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

function headerValue(header: DocumentedHeader, raw: string): unknown {
  const schema = header.schema as Exclude<Schema, boolean>;
  if (typeof schema === 'object' && (schema.type === 'integer' || schema.type === 'number')) {
    return /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  }
  return raw;
}

/** What is wrong with a documented header's meaning, beyond its schema. */
function headerMeaning(name: string, value: string, exchange: Exchange, body: unknown, context: ResponseContext): string | undefined {
  switch (name.toLowerCase()) {
    case 'www-authenticate':
      return BEARER_CHALLENGE.test(value.trim()) ? undefined : `WWW-Authenticate is "${value}", not a Bearer challenge such as: Bearer realm="webhooks"`;
    case 'location': {
      let resolved: URL;
      try {
        resolved = new URL(value, exchange.url);
      } catch {
        return `Location "${value}" is not a URL`;
      }
      const id = typeof body === 'object' && body !== null ? (body as { id?: unknown }).id : undefined;
      const prefix = context.baseUrl.pathname.replace(/\/+$/, '');
      const expected = `${prefix}/v1/webhooks/${typeof id === 'string' ? encodeURIComponent(id) : ''}`;
      if (resolved.origin !== context.baseUrl.origin) return `Location "${value}" points to another server (${resolved.origin}), not to this API`;
      if (typeof id === 'string' ? resolved.pathname !== expected : !resolved.pathname.startsWith(expected)) {
        return `Location "${value}" does not point to the created webhook (${expected})`;
      }
      return undefined;
    }
    case 'x-request-id':
      if (context.requestIds.has(value)) return `X-Request-Id "${value}" was already sent with an earlier answer; every request gets its own`;
      context.requestIds.add(value);
      return undefined;
    case 'idempotent-replayed':
      return exchange.request.headers['Idempotency-Key'] === undefined
        ? 'Idempotent-Replayed is set on the answer to a request that carried no Idempotency-Key: a first answer is not a replay'
        : undefined;
    default:
      return undefined;
  }
}

function checkHeaders(exchange: Exchange, headers: readonly DocumentedHeader[], body: unknown, context: ResponseContext): string[] {
  const problems: string[] = [];
  for (const header of headers) {
    const raw = exchange.headers.get(header.name.toLowerCase());
    if (raw === undefined) {
      if (header.required) problems.push(`the ${header.name} header is missing`);
      continue;
    }
    if (!(header.validate ?? ((value: unknown) => matches(header.schema, value)))(headerValue(header, raw))) {
      problems.push(`${header.name} is "${raw.slice(0, 200)}", which its schema does not allow`);
      continue;
    }
    const meaning = headerMeaning(header.name, raw, exchange, body, context);
    if (meaning !== undefined) problems.push(meaning);
  }
  return problems;
}

function parseBody(exchange: Exchange): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(exchange.body) as unknown };
  } catch {
    return undefined;
  }
}

function headerText(exchange: Exchange): string {
  let text = '';
  for (const [name, value] of exchange.headers) text += `${name}: ${value}\n`;
  return text;
}

/**
 * Judges one response with the response checks that are enabled.
 * @example
 * judgeResponse(exchange, operationContracts().get('createWebhook')!, context).filter((v) => !v.ok)
 */
export function judgeResponse(exchange: Exchange, contract: OperationContract, context: ResponseContext): Verdict[] {
  const { operationId } = contract;
  const verdicts: Verdict[] = [];
  const on = (check: CheckName) => context.enabled.has(check);
  if (on('not_a_server_error')) {
    if (exchange.status === 0) verdicts.push(fail('not_a_server_error', operationId, `No answer: ${exchange.error ?? 'the request failed'}.`, `no-answer:${exchange.error?.replace(/[\d.]+/g, '#')}`));
    else if (exchange.status >= 500) verdicts.push(fail('not_a_server_error', operationId, `The server answered ${statusText(exchange.status)}.`, `5xx:${exchange.status}`));
    else verdicts.push(pass('not_a_server_error', operationId));
  }
  if (exchange.status === 0) return verdicts;
  if (on('no_secret_leak')) {
    const inBody = context.canaries.find(exchange.body);
    const hit = inBody ?? context.canaries.find(headerText(exchange));
    verdicts.push(
      hit === undefined
        ? pass('no_secret_leak', operationId)
        : fail(
            'no_secret_leak',
            operationId,
            `The response ${inBody === undefined ? 'headers carry' : 'body carries'} the ${hit.field} sent earlier in this run (${hit.encoding}); write-only secrets must never be returned.`,
            `leak:${hit.field}`,
            [`the value sent in ${hit.field}: ${hit.secret.slice(0, 40)}${hit.secret.length > 40 ? '…' : ''}`],
          ),
    );
  }
  if (context.probe) return verdicts;
  const documented = documentedResponse(contract, exchange.status);
  if (on('status_code_conformance')) {
    verdicts.push(
      documented === undefined
        ? fail('status_code_conformance', operationId, `The server answered ${statusText(exchange.status)}; ${operationId} documents ${orList(documentedStatuses(contract))}.`, `status:${exchange.status}`)
        : pass('status_code_conformance', operationId),
    );
  }
  if (documented === undefined) return verdicts;
  const parsed = documented.schema === null ? undefined : parseBody(exchange);
  if (on('content_type_conformance')) {
    const mediaType = mediaTypeOf(exchange.headers.get('content-type'));
    if (documented.mediaType === null) {
      verdicts.push(
        exchange.body.length > 0
          ? fail('content_type_conformance', operationId, `A ${exchange.status} answer must have no body; this one has ${exchange.body.length} bytes.`, `body-on-${exchange.status}`)
          : pass('content_type_conformance', operationId),
      );
    } else if (mediaType !== documented.mediaType) {
      verdicts.push(
        fail(
          'content_type_conformance',
          operationId,
          `The ${exchange.status} answer is ${mediaType === undefined ? 'sent without a Content-Type' : `"${mediaType}"`}; the contract says ${documented.mediaType}.`,
          `ct:${exchange.status}:${mediaType}`,
        ),
      );
    } else {
      verdicts.push(pass('content_type_conformance', operationId));
    }
  }
  if (on('response_headers_conformance')) {
    const problems = checkHeaders(exchange, documented.headers, parsed?.value, context);
    verdicts.push(
      problems.length === 0
        ? pass('response_headers_conformance', operationId)
        : fail('response_headers_conformance', operationId, `The ${exchange.status} answer's headers break the contract: ${problems[0]}.`, `headers:${exchange.status}:${problems[0]!.replace(/"[^"]*"|\([^)]*\)/g, '…')}`, problems.slice(1)),
    );
  }
  if (on('response_schema_conformance') && documented.schema !== null) {
    if (exchange.truncated) {
      verdicts.push(fail('response_schema_conformance', operationId, `The ${exchange.status} body is longer than ${MAX_RESPONSE_BYTES} bytes, more than any answer of this API should be; the runner read no further.`, `too-long:${exchange.status}`));
    } else if (parsed === undefined) {
      verdicts.push(fail('response_schema_conformance', operationId, `The ${exchange.status} body is not JSON${exchange.body === '' ? ' (it is empty)' : ''}; the contract says a ${documented.schema.name}.`, `not-json:${exchange.status}`));
    } else {
      const result = documented.schema.validate(parsed.value);
      const problemStatus = documented.mediaType === 'application/problem+json' ? (parsed.value as { status?: unknown } | null)?.status : undefined;
      if (typeof problemStatus === 'number' && problemStatus !== exchange.status) {
        // RFC 9457, section 3.1.2: the status member, when present, is the status the server answered with
        verdicts.push(fail('response_schema_conformance', operationId, `The ${exchange.status} problem says "status": ${problemStatus}; a problem's status member must be the HTTP status it came with (RFC 9457, section 3.1.2).`, `problem-status:${exchange.status}`));
      }
      if (result.ok) verdicts.push(pass('response_schema_conformance', operationId));
      else {
        const [first] = result.errors;
        verdicts.push(
          fail(
            'response_schema_conformance',
            operationId,
            `The ${exchange.status} body is not a valid ${documented.schema.name}: ${first!.pointer === '' ? '' : `${first!.pointer}: `}${first!.message}.`,
            `schema:${exchange.status}:${pointerShape(first!.pointer)}:${first!.message.replace(/\[\d+\]/g, '[*]')}`,
            result.errors.map((issue) => `${issue.pointer === '' ? '(body)' : issue.pointer}: ${issue.message}`),
          ),
        );
      }
    }
  }
  return verdicts;
}
