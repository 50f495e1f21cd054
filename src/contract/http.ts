/**
 * The runner's only way out to the network: every request goes to the base URL (anything else is refused
 * before it is sent), redirects are never followed (undici's request by default, or a given fetch), each request has a time-out within the run's budget,
 * response bodies are read up to a cap, and a `429` is waited out once, as its `Retry-After` says.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { Agent, request as undiciRequest, type Dispatcher } from 'undici';

/** A request as the runner sends it. */
export interface OutgoingRequest {
  method: string;
  /** path and query below the base URL, such as `/v1/webhooks?limit=2` */
  target: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** send the body in chunks, without a Content-Length */
  streamed?: boolean;
  /** how reproductions write the Authorization header (the keys are never printed) */
  credential?: 'api-key' | 'second-api-key';
  /** the Authorization value's shape when the key is written another way, `{key}` where the key goes */
  credentialSpelling?: string;
  /** a shell command that writes the body, for bodies too large or binary to print */
  bodyCommand?: string;
  /** headers given with the run whose values look like credentials: reproductions read them from the environment */
  maskedHeaders?: readonly string[];
}

/** A request and what came back. */
export interface Exchange {
  request: OutgoingRequest;
  /** the absolute URL it was sent to */
  url: string;
  /** 0 when no answer came */
  status: number;
  /** response headers, names lower-cased */
  headers: Map<string, string>;
  body: string;
  /** the body was longer than the cap and was cut */
  truncated: boolean;
  durationMs: number;
  /** why no answer came, in words */
  error?: string;
  /** earlier `429` answers to the same request, waited out */
  throttled: Exchange[];
}

/** How the sender behaves. */
export interface SenderOptions {
  baseUrl: URL;
  /** send with this instead of undici's request */
  fetch?: typeof globalThis.fetch;
  requestTimeoutMs: number;
  /** connections kept open to the server: as many as requests in flight; default 1 */
  connections?: number;
  /** performance.now() after which nothing more is sent */
  deadline: number;
  /** headers sent on every request (a tenant, a gateway's key); the request's own headers win */
  headers?: Readonly<Record<string, string>>;
}

/** The most of a response body the runner reads (1 MiB): enough for any page of this API. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;
/** The longest `Retry-After` the runner waits for, in seconds. */
const MAX_RETRY_WAIT_S = 5;

/** A request would have left the base URL; the runner never sends it. */
export class OutsideBaseUrlError extends Error {}

/**
 * The absolute URL of a target below the base URL; throws when the result is not below it.
 * @example
 * urlFor(new URL('http://127.0.0.1:8080/api'), '/v1/webhooks') // 'http://127.0.0.1:8080/api/v1/webhooks'
 */
export function urlFor(baseUrl: URL, target: string): URL {
  const prefix = baseUrl.pathname.replace(/\/+$/, '');
  const url = new URL(`${baseUrl.origin}${prefix}${target}`);
  if (url.origin !== baseUrl.origin || !url.pathname.startsWith(`${prefix}/`)) {
    throw new OutsideBaseUrlError(`refused to send a request to ${url.href}: it is not below ${baseUrl.href}`);
  }
  return url;
}

/** What a transport brings back. */
interface Answer {
  status: number;
  headers: Map<string, string>;
  body: string;
  truncated: boolean;
}

/** Sends one request and reads the answer (the body up to the cap). */
type Transport = (url: URL, request: OutgoingRequest, signal: AbortSignal) => Promise<Answer>;

async function readCapped(chunks: AsyncIterable<Uint8Array>, cancel: () => unknown): Promise<{ body: string; truncated: boolean }> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) {
      await cancel();
      return { body: Buffer.concat(parts).subarray(0, MAX_RESPONSE_BYTES).toString('utf8'), truncated: true };
    }
  }
  return { body: Buffer.concat(parts).toString('utf8'), truncated: false };
}

function describeError(error: unknown, timeoutMs: number): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `no answer within ${(timeoutMs / 1000).toFixed(1)} s`;
  switch (cause?.code ?? (error as { code?: string }).code) {
    case 'ECONNREFUSED':
      return 'the connection was refused (is the server running on this port?)';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return 'the server closed the connection without a complete answer';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return `no complete answer within ${(timeoutMs / 1000).toFixed(1)} s`;
    default:
      return `the request failed: ${cause?.message ?? (error as Error).message ?? String(error)}`;
  }
}

/** A request body as bytes, cut into chunks when it is to be streamed without a length. */
function bodyBytes(request: OutgoingRequest): Uint8Array | string | Readable | undefined {
  if (request.body === undefined || !request.streamed) return request.body;
  const bytes = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const CHUNK = 16 * 1024;
  const chunks: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.byteLength; offset += CHUNK) chunks.push(bytes.subarray(offset, offset + CHUNK));
  return Readable.from(chunks);
}

/** The default transport: undici's request (a third of fetch's CPU per request), never following redirects. */
function undiciTransport(dispatcher: Agent): Transport {
  return async (url, request, signal) => {
    const body = bodyBytes(request);
    const answer = await undiciRequest(url, {
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      signal,
      dispatcher,
      ...(body === undefined ? {} : { body }),
    });
    const headers = new Map<string, string>();
    for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) headers.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    const { body: text, truncated } = await readCapped(answer.body, () => answer.body.destroy());
    return { status: answer.statusCode, headers, body: text, truncated };
  };
}

/** A transport over a fetch function (tests, proxies, other runtimes). */
function fetchTransport(fetchFunction: typeof globalThis.fetch): Transport {
  return async (url, request, signal) => {
    const body = bodyBytes(request);
    const response = await fetchFunction(url, {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
      signal,
      ...(body === undefined ? {} : { body: body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body }),
      ...(request.streamed ? { duplex: 'half' } : {}),
    } as RequestInit);
    const headers = new Map<string, string>();
    response.headers.forEach((value, name) => headers.set(name.toLowerCase(), value));
    const stream = response.body;
    const { body: text, truncated } = stream === null ? { body: '', truncated: false } : await readCapped(stream as unknown as AsyncIterable<Uint8Array>, () => stream.cancel());
    return { status: response.status, headers, body: text, truncated };
  };
}

/** A connection pool with one connection per request in flight. */
function newAgent(connections: number): Agent {
  return new Agent({ keepAliveTimeout: 10_000, connections });
}

/** Names and values that look like a credential, which reproductions must not print. */
const CREDENTIAL_NAME = /auth|token|key|secret|session|cookie|signature|password|credential/i;
const CREDENTIAL_VALUE = /^(?:bearer|basic|token|digest)\s|^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_\-.~+/=]{24,}$/i;

/**
 * Whether a header given with the run looks like a credential (by its name or its value).
 * @example
 * looksLikeCredential('X-Api-Key', 'abc') // true
 * looksLikeCredential('X-Tenant', 'acme') // false
 */
export function looksLikeCredential(name: string, value: string): boolean {
  return CREDENTIAL_NAME.test(name) || CREDENTIAL_VALUE.test(value);
}

/** The request with the run's headers added (its own win), and the credential-like ones marked. */
function withRunHeaders(request: OutgoingRequest, headers: Readonly<Record<string, string>> | undefined): OutgoingRequest {
  if (headers === undefined) return request;
  const own = new Set(Object.keys(request.headers).map((name) => name.toLowerCase()));
  const added = Object.entries(headers).filter(([name]) => !own.has(name.toLowerCase()));
  if (added.length === 0) return request;
  const masked = added.filter(([name, value]) => looksLikeCredential(name, value)).map(([name]) => name);
  return { ...request, headers: { ...Object.fromEntries(added), ...request.headers }, ...(masked.length === 0 ? {} : { maskedHeaders: masked }) };
}

/** Sends requests below one base URL. */
export class Sender {
  readonly #options: SenderOptions;
  #agent: Agent | undefined;
  #transport: Transport;
  /** how many requests were sent */
  requests = 0;

  constructor(options: SenderOptions) {
    this.#options = options;
    this.#agent = options.fetch === undefined ? newAgent(options.connections ?? 1) : undefined;
    this.#transport = options.fetch === undefined ? undiciTransport(this.#agent!) : fetchTransport(options.fetch);
  }

  /**
   * A fresh connection pool after an answer that closed its connection early (a 413 before the body was
   * sent, a reset): undici 7 then opens a new connection for every later request on the old pool.
   */
  #renewAgent(): void {
    if (this.#agent === undefined) return;
    const old = this.#agent;
    this.#agent = newAgent(this.#options.connections ?? 1);
    this.#transport = undiciTransport(this.#agent);
    void old.close().catch(() => undefined);
  }

  /** Closes the sender's connections. */
  async close(): Promise<void> {
    await this.#agent?.close();
  }

  /** Whether the run's time is up. */
  get expired(): boolean {
    return performance.now() >= this.#options.deadline;
  }

  /** The absolute URL of a target, checked to stay below the base URL. */
  url(target: string): URL {
    return urlFor(this.#options.baseUrl, target);
  }

  /** Sends one request; never throws for what the server does (no answer is an `error`). */
  async send(request: OutgoingRequest): Promise<Exchange> {
    const throttled: Exchange[] = [];
    for (;;) {
      const exchange = await this.#sendOnce(request);
      exchange.throttled = throttled;
      const wait = exchange.status === 429 ? Number(exchange.headers.get('retry-after')) : NaN;
      if (throttled.length > 0 || !Number.isInteger(wait) || wait < 0 || wait > MAX_RETRY_WAIT_S) return exchange;
      if (performance.now() + wait * 1000 >= this.#options.deadline) return exchange;
      throttled.push(exchange);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  }

  async #sendOnce(given: OutgoingRequest): Promise<Exchange> {
    const request = withRunHeaders(given, this.#options.headers);
    const url = this.url(request.target);
    const started = performance.now();
    // AbortSignal.timeout takes whole milliseconds only
    const timeoutMs = Math.max(1, Math.ceil(Math.min(this.#options.requestTimeoutMs, this.#options.deadline - started)));
    this.requests += 1;
    const base = { request, url: url.href, throttled: [] as Exchange[] };
    try {
      const answer = await this.#transport(url, request, AbortSignal.timeout(timeoutMs));
      if (answer.headers.get('connection')?.toLowerCase() === 'close') this.#renewAgent();
      return { ...base, ...answer, durationMs: performance.now() - started };
    } catch (error) {
      this.#renewAgent();
      return { ...base, status: 0, headers: new Map(), body: '', truncated: false, durationMs: performance.now() - started, error: describeError(error, timeoutMs) };
    }
  }
}
