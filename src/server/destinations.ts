/**
 * The SSRF guard as the server applies it when a webhook is saved: `url` and `oidc_token_endpoint` must
 * lead to public unicast addresses (`src/delivery/destination-policy.ts` decides), each refusal a 422 naming
 * its field. Names are resolved with an injected resolver and a time limit; one that does not resolve now
 * is accepted, because the sender checks the address it connects to.
 * @module
 */
import { lookup } from 'node:dns/promises';
import { checkDestination, type Resolver } from '../delivery/destination-policy.js';
import type { ValidationIssue } from '../validation/messages.js';

export type { Resolver };

/** The fields of a webhook that name a destination the platform calls. */
export const DESTINATION_FIELDS = ['url', 'oidc_token_endpoint'] as const;

/** How long a name may take to resolve before it counts as "not resolvable now" (ms). */
export const RESOLVE_TIMEOUT_MS = 2000;

/** The system resolver (getaddrinfo), every address of a name. */
export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

/** How long an answer of the resolver (or its failure) is reused (ms). */
export const RESOLVE_CACHE_MS = 60_000;
/** Names remembered at most; the oldest are forgotten first. */
const RESOLVE_CACHE_NAMES = 10_000;

/**
 * A resolver that asks `resolve` once per name and minute (answers and failures alike), and once for all
 * callers asking at the same time: creating many webhooks on one host does not send a query each, and a
 * slow DNS server does not tie up the thread pool getaddrinfo runs on.
 * @example
 * const resolve = cachedResolver(systemResolver);
 */
export function cachedResolver(resolve: Resolver, ttlMs = RESOLVE_CACHE_MS, now: () => number = Date.now): Resolver {
  const answers = new Map<string, { until: number; answer: ReturnType<Resolver> }>();
  return (hostname) => {
    const key = hostname.toLowerCase();
    const cached = answers.get(key);
    if (cached && cached.until > now()) return cached.answer;
    if (cached) answers.delete(key);
    if (answers.size >= RESOLVE_CACHE_NAMES) answers.delete(answers.keys().next().value as string);
    const answer = resolve(hostname);
    // a rejection is cached too, and handled by the callers
    answer.catch(() => undefined);
    answers.set(key, { until: now() + ttlMs, answer });
    return answer;
  };
}

/** How the guard runs. */
export interface DestinationGuardOptions {
  /** resolves names; `false` never resolves (names are then only checked when a delivery connects) */
  resolve?: Resolver | false;
  /** development only: `http(s)://localhost` and `*.localhost` are allowed, and nothing else local */
  allowLocalhost?: boolean;
  /** default 2 s */
  resolveTimeoutMs?: number;
}

/** Checks the destination fields present in a (validated) body. */
export type DestinationGuard = (body: Record<string, unknown>) => Promise<ValidationIssue[]>;

function withTimeout(resolve: Resolver, timeoutMs: number): Resolver {
  return (hostname) =>
    new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`resolving took longer than ${timeoutMs} ms`)), timeoutMs);
      resolve(hostname).then(
        (addresses) => {
          clearTimeout(timer);
          done(addresses);
        },
        (error: unknown) => {
          clearTimeout(timer);
          fail(error);
        },
      );
    });
}

/**
 * The guard for `url` and `oidc_token_endpoint`.
 * @example
 * const guard = destinationGuard({ resolve: systemResolver });
 * await guard({ url: 'https://169.254.169.254/' }) // [{ pointer: '/url', message: 'url must point to a public address; …' }]
 */
export function destinationGuard(options: DestinationGuardOptions = {}): DestinationGuard {
  // the system resolver is cached; an injected one is used as given (tests decide what it answers)
  const resolver =
    options.resolve === false
      ? undefined
      : options.resolve === undefined
        ? cachedResolver(withTimeout(systemResolver, options.resolveTimeoutMs ?? RESOLVE_TIMEOUT_MS))
        : withTimeout(options.resolve, options.resolveTimeoutMs ?? RESOLVE_TIMEOUT_MS);
  const policy = { ...(resolver ? { resolve: resolver } : {}), allowLocalhost: options.allowLocalhost === true };
  return async (body) => {
    const verdicts = await Promise.all(
      DESTINATION_FIELDS.filter((field) => typeof body[field] === 'string').map(async (field) => ({
        field,
        verdict: await checkDestination(field, body[field] as string, policy),
      })),
    );
    return verdicts.flatMap(({ field, verdict }) => (verdict.ok ? [] : [{ pointer: `/${field}`, message: verdict.message }]));
  };
}
