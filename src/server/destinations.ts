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
  const resolver = options.resolve === false ? undefined : withTimeout(options.resolve ?? systemResolver, options.resolveTimeoutMs ?? RESOLVE_TIMEOUT_MS);
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

/** `http://localhost…` or `http://x.localhost…`, which the sandbox takes although the contract says https. */
const LOCAL_HTTP = /^http:\/\/((?:[^/?#@\s]*\.)?localhost\.?)(:\d{1,5})?(?=[/?#]|$)/i;

/**
 * For the sandbox's development setting: a copy of `body` in which `http://localhost…` destinations read
 * `https://…`, so that the contract's https rule passes for them and for nothing else. The stored and
 * returned value stays `http://`; the README says that this is the one place the sandbox departs from the
 * contract.
 * @example
 * localHttpAsHttps({ url: 'http://localhost:3000/hook' }) // { url: 'https://localhost:3000/hook' }
 */
export function localHttpAsHttps(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const record = body as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const field of DESTINATION_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && LOCAL_HTTP.test(value)) {
      copy ??= { ...record };
      copy[field] = `https://${value.slice('http://'.length)}`;
    }
  }
  return copy ?? body;
}
