/**
 * Signed test requests, for customers' own receiver tests: the same bytes and headers a real delivery
 * carries, without a platform or a network.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { WebhookVerificationError } from './errors.js';
import { signWebhookPayload, type WebhookSecret } from './sign.js';

/** Options of `createSignedTestRequest`. */
export interface SignedTestRequestOptions {
  /** sent as `webhook-id`; defaults to the event's `id`, or a new UUID */
  id?: string;
  /** when the attempt is signed; defaults to now (move it back to test your replay window) */
  timestamp?: Date;
  /** defaults to `http://localhost/webhooks` */
  url?: string;
  /** more headers, such as `authorization` to test your access-token check */
  headers?: Record<string, string>;
}

/** A signed delivery as plain data, ready for `fetch`, Fastify's `inject`, supertest or `toRequest()`. */
export interface SignedTestRequest {
  method: 'POST';
  url: string;
  /** lowercase names: `content-type`, `user-agent`, the Standard Webhooks headers and `x-webhook-signature` */
  headers: Record<string, string>;
  /** the JSON body exactly as signed; send these bytes unchanged */
  body: string;
  /** the same request as a fetch `Request` (for handlers that take one: Hono, Next.js, workers) */
  toRequest(): Request;
}

/**
 * Builds a delivery of `event` signed with `secret`, as the platform would send it.
 * @example
 * import { BusinessApprovedEvent } from 'webhooks-contract/examples';
 * const delivery = createSignedTestRequest(BusinessApprovedEvent, 'whk-secret-at-least-16');
 * const response = await app.inject({ method: delivery.method, url: '/webhooks', headers: delivery.headers, payload: delivery.body });
 * expect(response.statusCode).toBe(204);
 */
export function createSignedTestRequest(event: object | string, secret: WebhookSecret, options: SignedTestRequestOptions = {}): SignedTestRequest {
  const body = typeof event === 'string' ? event : JSON.stringify(event);
  if (body === undefined) {
    throw new WebhookVerificationError('ERR_WEBHOOK_OPTIONS', 'The event must be a JSON-serialisable object, or its JSON text.');
  }
  const ownId = typeof event === 'object' && event !== null ? (event as { id?: unknown }).id : undefined;
  const id = options.id ?? (typeof ownId === 'string' && ownId !== '' ? ownId : randomUUID());
  const url = options.url ?? 'http://localhost/webhooks';
  const signature = signWebhookPayload(body, secret, { id, ...(options.timestamp === undefined ? {} : { timestamp: options.timestamp }) });
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'webhooks-contract-test',
    ...signature,
    ...Object.fromEntries(Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value])),
  };
  return {
    method: 'POST',
    url,
    headers,
    body,
    toRequest: () => new Request(url, { method: 'POST', headers, body }),
  };
}
