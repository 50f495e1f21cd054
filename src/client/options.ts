/**
 * What `createWebhooksClient` takes, in a module of its own: the client and its transport both read it,
 * and neither imports the other for it.
 * @module
 */
import type { ContractCheck, ContractViolation } from '../validation/contract-violation.js';

/** What `createWebhooksClient` takes. */
export interface WebhooksClientOptions {
  /** where the API is served, without `/v1`: `https://api.example.com`, or the mock `http://127.0.0.1:4010` */
  baseUrl: string;
  /**
   * Your API key, sent as `Authorization: Bearer <apiKey>` to every operation but the public one
   * (`GET /.well-known/jwks.json`), which never gets it; an operation that needs it throws without it.
   */
  apiKey?: string;
  /**
   * A custom fetch (tests, proxies, undici); defaults to the global fetch. It is always called with a
   * `Request`. With undici's own fetch, pass undici's `Request` class as `Request` too.
   */
  fetch?: (input: Request) => Promise<Response>;
  /** the Request class to build requests with; defaults to the global one */
  Request?: typeof Request;
  /** How long one attempt may take, answer body included, in milliseconds (default 30,000). */
  timeoutMs?: number;
  /**
   * How many times to retry a network error, a time-out, a 429 or a 5xx (default 2), with exponential
   * back-off and jitter, or after the server's `Retry-After` (up to 60 seconds; a longer one is returned
   * to you). GET, PATCH and DELETE are retried as they are; a POST only with an `Idempotency-Key`, which
   * the client sends on createWebhook unless you send your own.
   */
  maxRetries?: number;
  /** The largest response body the client reads, in bytes (default 8 MiB); a larger one throws `ERR_RESPONSE_TOO_LARGE`. */
  maxResponseBytes?: number;
  /**
   * Check every response against the contract: pass `contractCheck` from `webhooks-contract/contract-check`.
   * A response that breaks it throws a `ContractViolationError`, unless `onContractViolation` is given.
   */
  checkResponses?: ContractCheck | false;
  /** Receives the violations instead of a thrown `ContractViolationError`; the call then returns as usual. */
  onContractViolation?: (violations: ContractViolation[]) => void;
  /** extra headers for every request */
  headers?: Record<string, string>;
}
