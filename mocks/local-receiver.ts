/**
 * A local webhook receiver for the end-to-end flow: it verifies each delivery's signature (with the
 * package's own receiver) and, when told which identity provider to trust, its access token, then prints
 * the event and answers 204. For development and tests; it shows what a real receiver must check.
 * @module
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import {
  isKnownWebhookEvent,
  parseWebhookEvent,
  verifyWebhookSignature,
  WebhookVerificationError,
  type ParsedWebhookEvent,
  type VerifiedWebhook,
} from '../src/receiver/index.js';

/** The largest body the receiver reads; the platform's events are far smaller. */
const MAX_BODY_BYTES = 1024 * 1024; // bytes
/** How long a client may take to send a whole request. */
const REQUEST_TIMEOUT_MS = 10_000; // ms

/** Which access tokens the receiver accepts: JWTs from this issuer, for this audience. */
export interface AccessTokenCheck {
  issuer: string;
  /** where the issuer publishes its token-signing keys */
  jwksUri: string;
  /** the `aud` tokens must carry (the webhook's `oidc_resource_uri`, or the provider's default) */
  audience: string;
  /** when set, the token's `client_id` must be this one */
  clientId?: string;
}

/** How to start the receiver. */
export interface LocalReceiverOptions {
  /** the webhook's secret; without one, signatures are not checked (and each delivery says so) */
  secret?: string;
  /** check `Authorization: Bearer` tokens; without it, tokens are not checked */
  accessToken?: AccessTokenCheck;
  /** defaults to 127.0.0.1 */
  host?: string;
  /** defaults to 0 (a free port) */
  port?: number;
  /** the status to answer accepted deliveries with; defaults to 204. Use 500 or 410 to rehearse retries. */
  status?: number | ((delivery: ReceivedDelivery) => number);
  /** print the headers of each delivery (the access token shortened) */
  printHeaders?: boolean;
  /** where lines go; defaults to console.log */
  print?: (line: string) => void;
  /** the replay window, in seconds; defaults to 300 */
  toleranceSeconds?: number;
  /** how long a client may take to send a whole request, in ms; defaults to 10 s */
  requestTimeoutMs?: number;
}

/** One request the receiver got, and what it made of it. */
export interface ReceivedDelivery {
  receivedAt: Date;
  method: string;
  path: string;
  /** as received, names in lowercase */
  headers: Record<string, string>;
  /** the raw body as text */
  body: string;
  /** what the receiver answered */
  status: number;
  verdict: 'accepted' | 'duplicate' | 'refused';
  /** why it was refused: a stable code and a sentence */
  refusal?: { code: string; message: string };
  signature?: VerifiedWebhook;
  token?: JWTPayload;
  event?: ParsedWebhookEvent;
}

/** A running receiver. */
export interface RunningReceiver {
  /** `http://localhost:<port>/webhooks`: a webhook `url` for the sandbox */
  url: string;
  port: number;
  /** every request so far, oldest first */
  readonly received: readonly ReceivedDelivery[];
  close(): Promise<void>;
}

/**
 * Starts the receiver on 127.0.0.1 and resolves once it listens.
 * @example
 * const receiver = await startLocalReceiver({ secret: 'whk-local-secret-0123', accessToken: { issuer, jwksUri, audience } });
 * // webhook url: receiver.url
 */
export async function startLocalReceiver(options: LocalReceiverOptions = {}): Promise<RunningReceiver> {
  const print = options.print ?? ((line: string) => console.log(line));
  const received: ReceivedDelivery[] = [];
  const handled = new Set<string>();
  const keys = options.accessToken === undefined ? undefined : createRemoteJWKSet(new URL(options.accessToken.jwksUri));

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // a slow or vanished client is dropped after the time-out (checked a few times within it)
  const serverOptions = { requestTimeout, headersTimeout: requestTimeout, connectionsCheckingInterval: Math.min(1_000, Math.max(50, requestTimeout / 4)) };
  const server = createServer(serverOptions, (request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('receiver error\n');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const delivery: ReceivedDelivery = {
      receivedAt: new Date(),
      method: request.method ?? '',
      path: request.url ?? '',
      headers: flatten(request.headers),
      body: '',
      status: 0,
      verdict: 'refused',
    };
    const answer = (status: number, text: string, headers: Record<string, string> = {}) => {
      delivery.status = status;
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(status === 204 ? undefined : `${text}\n`);
      received.push(delivery);
      report(delivery);
    };
    const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) => {
      delivery.refusal = { code, message };
      answer(status, `${code}: ${message}`, headers);
    };

    if (request.method !== 'POST') {
      request.resume();
      return refuse(405, 'method_not_allowed', 'deliveries are POST requests', { allow: 'POST' });
    }
    const raw = await readBody(request);
    if (raw === undefined) {
      response.setHeader('connection', 'close');
      return refuse(413, 'payload_too_large', `bodies over ${MAX_BODY_BYTES} bytes are refused`);
    }
    delivery.body = raw.toString('utf8');

    if (options.secret !== undefined) {
      try {
        delivery.signature = verifyWebhookSignature(raw, request.headers, options.secret, { toleranceSeconds: options.toleranceSeconds ?? 300 });
      } catch (error) {
        if (error instanceof WebhookVerificationError) return refuse(400, error.code, error.message);
        throw error;
      }
    }
    if (options.accessToken !== undefined && keys !== undefined) {
      const authorization = request.headers.authorization ?? '';
      const bearer = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(authorization)?.[1];
      if (bearer === undefined) {
        return refuse(401, 'missing_token', 'no Authorization: Bearer access token', { 'www-authenticate': 'Bearer' });
      }
      try {
        const { payload } = await jwtVerify(bearer, keys, { issuer: options.accessToken.issuer, audience: options.accessToken.audience });
        if (options.accessToken.clientId !== undefined && payload.client_id !== options.accessToken.clientId) {
          return refuse(401, 'invalid_token', 'the token was issued to another client', { 'www-authenticate': 'Bearer error="invalid_token"' });
        }
        delivery.token = payload;
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : 'ERR_JWT_INVALID';
        return refuse(401, 'invalid_token', `the access token is not valid here (${reason})`, { 'www-authenticate': 'Bearer error="invalid_token"' });
      }
    }
    try {
      delivery.event = parseWebhookEvent(raw);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return refuse(400, error.code, error.message);
      throw error;
    }
    // a delivery is retried until acknowledged, always with the same id: acknowledge a repeat, once handled
    if (handled.has(delivery.event.id)) {
      delivery.verdict = 'duplicate';
      return answer(200, 'duplicate: already handled');
    }
    delivery.verdict = 'accepted';
    const status = typeof options.status === 'function' ? options.status(delivery) : (options.status ?? 204);
    if (status >= 200 && status <= 299) handled.add(delivery.event.id);
    return answer(status, status >= 200 && status <= 299 ? 'ok' : 'failing on purpose');
  }

  function report(delivery: ReceivedDelivery): void {
    const time = delivery.receivedAt.toISOString().slice(11, 19);
    if (delivery.refusal !== undefined) {
      print(`${time} ${delivery.method} ${delivery.path} → ${delivery.status} refused: ${delivery.refusal.code}: ${delivery.refusal.message}`);
    } else if (delivery.event !== undefined) {
      const event = delivery.event;
      const known = isKnownWebhookEvent(event) ? '' : ' (a type this receiver does not know)';
      const signature = delivery.signature === undefined ? 'not checked (no --secret)' : `valid (${delivery.signature.scheme})`;
      const token =
        options.accessToken === undefined ? 'not checked (no --idp)' : `valid (client ${String(delivery.token?.client_id)}, aud ${String(delivery.token?.aud)}${delivery.token?.scope === undefined ? '' : `, scope ${String(delivery.token.scope)}`})`;
      print(`${time} ${event.type} ${event.id}${known} → ${delivery.status}${delivery.verdict === 'duplicate' ? ' (duplicate)' : ''}`);
      print(`         signature ${signature}; token ${token}`);
    }
    if (options.printHeaders === true) {
      for (const [name, value] of Object.entries(delivery.headers)) print(`         ${name}: ${name === 'authorization' ? shorten(value) : value}`);
    }
  }

  const host = options.host ?? '127.0.0.1';
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address !== null ? address.port : 0);
    });
  });
  return {
    url: `http://localhost:${port}/webhooks`,
    port,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The body, or undefined once it passes the limit (the rest is not read). */
function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      request.resume();
      resolve(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Headers as one string per name (repeated ones joined as fetch joins them). */
function flatten(headers: IncomingMessage['headers']): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])));
}

/** `Bearer eyJhbGciOi…` : enough to recognise a token, not to use it. */
function shorten(authorization: string): string {
  return authorization.length > 24 ? `${authorization.slice(0, 20)}…(${authorization.length - 20} more characters)` : authorization;
}
