/**
 * The sender's HTTP client, for deliveries and token requests alike: undici with a connector that resolves
 * names itself and checks the address it is about to connect to (and then the socket's actual remote
 * address) against the SSRF policy, or, offline (the sandbox), resolves nothing and reaches loopback only;
 * a time-out on every request; redirects never followed; responses bounded. Node's built-in `fetch` cannot
 * do this: it ignores an `agent`.
 * @module
 */
import { lookup } from 'node:dns/promises';
import { isIP, type Socket } from 'node:net';
import type { Agent, buildConnector } from 'undici';
import { DestinationRefusedError, type PostOutcome } from './request-failure.js';
import { Deadlines } from './deadlines.js';
import { dispatchPost, type PostTarget } from './post-dispatch.js';
import { checkConnectAddress, checkDestination, classifyAddress, describeRange, isLoopbackHost, type Resolver } from './destination-policy.js';

export { DestinationRefusedError, describeFailure, type PostOutcome } from './request-failure.js';

/** How long a request may take to get its answer's status, unless told otherwise. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000; // ms: the contract's "a 2xx within 10 seconds"
/** The most of a response body the client reads (deliveries read none of it; token responses are small). */
const MAX_RESPONSE_BYTES = 1024 * 1024; // bytes
/** How many URLs' verdicts the client keeps. */
const URL_VERDICTS_KEPT = 1_024;
/**
 * undici, loaded by the first request: importing it costs about 160 ms of CPU and 20 MB of memory, which a
 * process that never sends (a server with no events yet, the CLI's other commands) no longer pays at start.
 */
let undiciModule: Promise<typeof import('undici')> | undefined;
const loadUndici = () => (undiciModule ??= import('undici'));
/** A URL as checked: refused (in words), or where its requests go. */
type Checked = { refused: string } | { refused: undefined; target: PostTarget };

/** How to build the client. */
export interface SenderHttpClientOptions {
  /**
   * Development only (the sandbox, local tests): `http://localhost` and `https://localhost` URLs may be
   * called, and a `localhost` name may lead to a loopback address. Nothing else local, ever.
   */
  allowLocalhost?: boolean;
  /** resolves host names; defaults to the system resolver. Injected in tests. */
  resolve?: Resolver;
  /**
   * Loopback only (the sandbox, offline): no name is ever resolved and no connection leaves this machine.
   * `localhost` names connect to 127.0.0.1, then ::1; `127.0.0.1` and `[::1]` as they are; any other
   * destination fails with `reason` before anything is sent, and a socket that reached anything but a
   * loopback address is closed.
   */
  offline?: { reason: string };
  /** the `User-Agent` of every request */
  userAgent?: string;
}

/** A delivery request: always a JSON `POST`. */
export interface PostRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** defaults to `DEFAULT_REQUEST_TIMEOUT_MS` */
  timeoutMs?: number;
}

/** The `fetch` oauth4webapi calls for token requests (its `customFetch`). */
export type GuardedFetch = (url: string, init: { method?: string; headers?: Record<string, string> | Headers; body?: unknown; signal?: AbortSignal; redirect?: string }) => Promise<Response>;

/** The sender's client: one connection pool, checked at connect time. */
export interface SenderHttpClient {
  /** whether `http://localhost` destinations are allowed (development); token requests follow it too */
  readonly allowLocalhost: boolean;
  /** Sends a delivery; never throws for network trouble, it returns why instead. */
  post(request: PostRequest): Promise<PostOutcome>;
  /** A fetch for oauth4webapi's token requests: the same guard, redirects never followed. Throws as fetch does. */
  fetch: GuardedFetch;
  close(): Promise<void>;
}

/**
 * Builds the sender's HTTP client.
 * @example
 * const http = createSenderHttpClient({ userAgent: 'webhooks-contract/0.1.0' });
 * const outcome = await http.post({ url: webhook.url, headers, body });
 * if (outcome.answered && outcome.status < 300) markDelivered();
 */
export function createSenderHttpClient(options: SenderHttpClientOptions = {}): SenderHttpClient {
  const allowLocalhost = options.allowLocalhost === true;
  const resolve = options.resolve ?? ((hostname: string) => lookup(hostname, { all: true, verbatim: true }));
  const offline = options.offline;
  // the pool, made with the first request (see loadUndici)
  let pool: Promise<{ agent: Agent; fetch: (typeof import('undici'))['fetch'] }> | undefined;
  const poolOf = () =>
    (pool ??= loadUndici().then((undici) => ({
      agent: new undici.Agent({
        connect: guardedConnector(resolve, allowLocalhost, undici.buildConnector({ timeout: DEFAULT_REQUEST_TIMEOUT_MS }), offline),
        maxResponseSize: MAX_RESPONSE_BYTES,
        // a destination that keeps a connection idle gets a new one (and a new check) after this
        keepAliveTimeout: 4_000,
        keepAliveMaxTimeout: 30_000,
      }),
      fetch: undici.fetch,
    })));
  const userAgent = options.userAgent;
  const deadlines = new Deadlines();

  // a URL's verdict depends on the URL alone (the connector checks each address), and a webhook sends to one URL often
  const checked = new Map<string, Checked>();
  async function check(url: string): Promise<Checked> {
    const result = await checkUrlRules(url);
    if (checked.size >= URL_VERDICTS_KEPT) checked.clear();
    checked.set(url, result);
    return result;
  }

  /** The URL-level rules (scheme, credentials, literal addresses, localhost) before any connection. */
  async function checkUrlRules(url: string): Promise<Checked> {
    const verdict = await checkDestination('the URL', url, { allowLocalhost });
    if (!verdict.ok) return { refused: verdict.message };
    const hostname = verdict.url.hostname;
    // RFC 6761: such a name never resolves, so no query is sent for it (the sandbox's examples use one)
    if (isInvalidName(hostname)) return { refused: 'the host is under .invalid, a name that never resolves (RFC 6761): point the webhook at a real receiver' };
    if (offline !== undefined && !isLoopbackHost(hostname)) return { refused: offline.reason };
    return { refused: undefined, target: { origin: verdict.url.origin, path: `${verdict.url.pathname}${verdict.url.search}` } };
  }

  return {
    allowLocalhost,
    async post(delivery) {
      const known = checked.get(delivery.url) ?? (await check(delivery.url));
      if (known.refused !== undefined) return { answered: false, kind: 'refused-destination', reason: known.refused };
      const timeoutMs = delivery.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
      const { agent } = await poolOf();
      const deadline = deadlines.start(timeoutMs);
      try {
        const headers = userAgent === undefined ? delivery.headers : { ...delivery.headers, 'user-agent': userAgent };
        return await dispatchPost(agent, known.target, { headers, body: delivery.body, timeoutMs, deadline });
      } finally {
        deadlines.end(deadline);
      }
    },

    async fetch(url, init) {
      const { refused } = checked.get(url) ?? (await check(url));
      if (refused !== undefined) throw new DestinationRefusedError(refused);
      const signal = init.signal === undefined ? AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS) : AbortSignal.any([init.signal, AbortSignal.timeout(DEFAULT_REQUEST_TIMEOUT_MS)]);
      const headers = new Headers(init.headers);
      if (userAgent !== undefined) headers.set('user-agent', userAgent);
      const { agent, fetch: undiciFetch } = await poolOf();
      const response = await undiciFetch(url, {
        method: init.method ?? 'GET',
        headers: Object.fromEntries(headers),
        body: init.body as string | undefined,
        signal,
        redirect: 'manual',
        dispatcher: agent,
      });
      // oauth4webapi expects the platform's Response; undici's is its twin
      return response as unknown as Response;
    },

    async close() {
      if (pool !== undefined) await (await pool).agent.close();
    },
  };
}

/**
 * An undici connector that resolves the host itself, refuses any non-public address before connecting,
 * connects to the checked address (keeping the name for TLS), and checks the socket's remote address once
 * connected: the backstop if anything between resolution and connection differs.
 */
export function guardedConnector(
  resolve: Resolver,
  allowLocalhost: boolean,
  connect: buildConnector.connector,
  offline?: { reason: string },
): buildConnector.connector {
  return (options, callback) => {
    const hostname = options.hostname.replace(/^\[(.*)\]$/, '$1');
    (offline === undefined ? addressesFor(hostname, resolve, allowLocalhost) : loopbackAddressesFor(hostname, offline.reason)).then(
      (addresses) => connectToFirst(addresses, 0, undefined),
      (error: Error) => callback(error, null),
    );

    function connectToFirst(addresses: readonly string[], index: number, lastError: Error | undefined): void {
      const address = addresses[index];
      if (address === undefined) {
        callback(lastError ?? new Error(`no address for ${hostname}`), null);
        return;
      }
      connect({ ...options, hostname: address }, (error, socket) => {
        if (error !== null) {
          // try the next address (an IPv6 answer with no route, say); each was checked already
          connectToFirst(addresses, index + 1, error);
          return;
        }
        const remote = (socket as Socket).remoteAddress;
        if (offline !== undefined) {
          if (remote !== undefined && isLoopbackAddress(remote)) {
            callback(null, socket);
            return;
          }
          socket.destroy();
          callback(new DestinationRefusedError(offline.reason), null);
          return;
        }
        const verdict = remote === undefined ? { allowed: false as const, range: 'unknown' } : checkConnectAddress(hostname, remote, { allowLocalhost });
        if (!verdict.allowed) {
          socket.destroy();
          callback(new DestinationRefusedError(`the connection led to ${describeRange(verdict.range)}, which the platform never sends to`), null);
          return;
        }
        callback(null, socket);
      });
    }
  };
}

/** Names under `.invalid` (RFC 6761), which never resolve. */
function isInvalidName(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'invalid' || name.endsWith('.invalid');
}

/** Offline: whether a connected socket's address is this machine's loopback. */
function isLoopbackAddress(address: string): boolean {
  const verdict = classifyAddress(address);
  return !verdict.allowed && verdict.range === 'loopback';
}

/** Offline: the loopback addresses for a loopback host, without asking any resolver; anything else refused. */
async function loopbackAddressesFor(hostname: string, reason: string): Promise<string[]> {
  if (!isLoopbackHost(hostname)) throw new DestinationRefusedError(reason);
  // a receiver may listen on either family: the next is tried when one refuses
  return isIP(hostname) !== 0 ? [hostname] : ['127.0.0.1', '::1'];
}

/** The addresses to try for a host: an IP literal as is, a name resolved; refused if any is not allowed. */
async function addressesFor(hostname: string, resolve: Resolver, allowLocalhost: boolean): Promise<string[]> {
  const addresses = isIP(hostname) !== 0 ? [hostname] : (await resolve(hostname)).map((entry) => entry.address);
  if (addresses.length === 0) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
  for (const address of addresses) {
    const verdict = checkConnectAddress(hostname, address, { allowLocalhost });
    if (!verdict.allowed) {
      throw new DestinationRefusedError(
        isIP(hostname) !== 0
          ? `the host is ${describeRange(verdict.range)}, which the platform never sends to`
          : `the host resolves to ${describeRange(verdict.range)}, which the platform never sends to`,
      );
    }
  }
  return addresses;
}
