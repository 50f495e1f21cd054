/**
 * The front layer's client to Prism (`undici.request` over a kept-alive pool): one request, read in full
 * (mock answers are small), abandoned when the client goes away, bounded in time; when Prism's connection
 * fails, the request waits for a restarted Prism and is asked once more (the mock is stateless).
 * @module
 */
import { Agent, request } from 'undici';
import { MockStartError } from './prism.js';
import type { PrismTarget } from './exchange.js';

/** The answer Prism gave, read in full. */
export interface PrismAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** What the front layer sends Prism: rebuilt from what it checked, never the client's bytes. */
export interface PrismRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

/** Prism could not be reached, even after waiting for a restart; `final` once the supervisor gave up on it. */
export class PrismUnavailableError extends Error {
  readonly code = 'ERR_PRISM_UNAVAILABLE';
  constructor(
    message: string,
    readonly final = false,
  ) {
    super(message);
  }
}

/** The default time Prism has over one request (ms). */
export const PRISM_ANSWER_MS = 15_000;

/** A Prism that is not supervised: its URL, and no restart to wait for. */
export function staticTarget(url: string): PrismTarget {
  return { url: () => Promise.resolve(url), recover: () => Promise.reject(new PrismUnavailableError('Prism is not supervised')) };
}

/** Asks Prism; `close()` ends its connections. */
export interface PrismClient {
  /** the answer, or a PrismUnavailableError; `abandoned` fires when the client went away */
  ask(prismRequest: PrismRequest, abandoned: AbortSignal): Promise<PrismAnswer>;
  close(): Promise<void>;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * A client to the Prism of `target`; Prism has `answerMs` over one request.
 * @example
 * const prism = createPrismClient(staticTarget('http://127.0.0.1:43121'));
 * const answer = await prism.ask({ method: 'GET', path: '/v1/webhooks', headers: {} }, AbortSignal.timeout(1_000));
 */
export function createPrismClient(target: PrismTarget, answerMs = PRISM_ANSWER_MS): PrismClient {
  const pool = new Agent({ connections: 256, keepAliveTimeout: 4_000 });

  /** One request; rejects on a connection failure, with `timedOut` when Prism took too long. */
  async function askOnce(base: string, prismRequest: PrismRequest, abandoned: AbortSignal): Promise<PrismAnswer> {
    // a Prism that accepts a request and never answers must not hold the client for ever
    const stuck = AbortSignal.timeout(answerMs);
    const answer = await request(new URL(prismRequest.path, base), {
      method: prismRequest.method as 'GET',
      headers: prismRequest.headers,
      ...(prismRequest.body === undefined ? {} : { body: prismRequest.body }),
      dispatcher: pool,
      signal: AbortSignal.any([abandoned, stuck]),
    }).catch((error: unknown) => {
      if (stuck.aborted) throw new PrismUnavailableError(`Prism did not answer within ${answerMs / 1000} s`);
      throw error;
    });
    try {
      return { status: answer.statusCode, headers: answer.headers, body: Buffer.from(await answer.body.arrayBuffer()) };
    } catch (error) {
      if (stuck.aborted) throw new PrismUnavailableError(`Prism did not answer within ${answerMs / 1000} s`);
      throw error;
    }
  }

  async function ask(prismRequest: PrismRequest, abandoned: AbortSignal): Promise<PrismAnswer> {
    let base: string;
    try {
      base = await target.url();
    } catch (error) {
      throw new PrismUnavailableError(reason(error), error instanceof MockStartError);
    }
    try {
      return await askOnce(base, prismRequest, abandoned);
    } catch (error) {
      // alive but stuck: it is not asked again; and a client that left needs no answer
      if (abandoned.aborted || error instanceof PrismUnavailableError) throw error;
      let again: string;
      try {
        again = await target.recover(base);
      } catch (failure) {
        throw new PrismUnavailableError(reason(failure), failure instanceof MockStartError);
      }
      try {
        return await askOnce(again, prismRequest, abandoned);
      } catch (second) {
        if (abandoned.aborted || second instanceof PrismUnavailableError) throw second;
        throw new PrismUnavailableError(`Prism did not answer (${(second as NodeJS.ErrnoException).code ?? String(second)})`);
      }
    }
  }

  return { ask, close: () => pool.destroy() };
}
