/**
 * The problem+json bodies only the reference server sends (rate limits, published events, origins, its own
 * failures); every other one comes from `src/validation/problem.ts` (which the mock uses too) or
 * `src/http/resource-problems.ts` (which the MSW handlers' stateful mode uses too), so all of them answer
 * alike. No detail ever quotes what the client sent.
 * @module
 */
import { DEFAULT_PROBLEM_TYPE_BASE, problemInstance, type Problem } from '../validation/problem.js';
import type { StoreFault } from './errors.js';

const problemType = (slug: string) => `${DEFAULT_PROBLEM_TYPE_BASE}${slug}`;

function problem(slug: string, title: string, status: number, detail: string, instance: string | undefined): Problem {
  return { type: problemType(slug), title, status, detail, ...(instance === undefined ? {} : { instance: problemInstance(instance) }) };
}

// what every implementation that keeps state answers alike lives with the other shared problems
export { idempotencyKeyReused, webhookLimitReached, webhookNotFound } from '../http/resource-problems.js';

/** 409 for an event id published before for the account with another body (never quoting the event). */
export function eventIdReused(instance: string, publishedAt: Date, eventId?: string, accountId?: string): Problem {
  const which = eventId === undefined ? 'This event id' : `Event ${eventId}`;
  const forWhom = accountId === undefined ? '' : ` for account ${accountId}`;
  return problem(
    'event-id-reused',
    'Event id reused',
    409,
    `${which} was published${forWhom} at ${publishedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')} with a different body; nothing was scheduled. Give a new event a new id.`,
    instance,
  );
}

/** 403 for a browser page whose origin the sandbox does not allow (never quoting the origin sent). */
export function originNotAllowed(instance: string): Problem {
  return problem(
    'origin-not-allowed',
    'Origin not allowed',
    403,
    'This sandbox does not take requests from the page\'s origin; only the origins it was started with may call it (loopback pages by default; --cors-origin adds one).',
    instance,
  );
}

/** What a client is told for each store fault, and how many seconds it should wait (`Retry-After`). */
const STORE_FAULT_ANSWERS: Record<StoreFault, { why: string; retryAfterS: number }> = {
  busy: { why: 'The database is busy with another writer', retryAfterS: 1 },
  conflict: { why: 'Another write to the same data came in at the same moment', retryAfterS: 1 },
  full: { why: "The server's storage is full", retryAfterS: 60 },
  unavailable: { why: 'The server cannot read or write its database right now', retryAfterS: 10 },
  gone: { why: 'The server lost its database file and is stopping', retryAfterS: 10 },
};

/**
 * The 503 for a store fault, and its `Retry-After` in seconds: the contract documents 503 (with an optional
 * `Retry-After`) on every operation, and it says what a client needs to hear: nothing was changed, come back.
 * @example
 * storeFaultProblem('/v1/webhooks', 'full') // { problem: { status: 503, detail: "The server's storage is full; nothing was changed. …" }, retryAfterSeconds: 60 }
 */
export function storeFaultProblem(instance: string, fault: StoreFault): { problem: Problem; retryAfterSeconds: number } {
  const answer = STORE_FAULT_ANSWERS[fault];
  return { problem: temporarilyUnavailable(instance, answer.why), retryAfterSeconds: answer.retryAfterS };
}

/** 429, with the seconds to wait (also sent as `Retry-After`). */
export function tooManyRequests(instance: string, retryAfterSeconds: number): Problem {
  return problem(
    'too-many-requests',
    'Too many requests',
    429,
    `This API key sent too many requests; send the request again after ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    instance,
  );
}

/** 503 while the server stops or its database is busy; nothing was changed. */
export function temporarilyUnavailable(instance: string, why: string): Problem {
  return problem('service-unavailable', 'Service unavailable', 503, `${why}; nothing was changed. Send the request again in a moment.`, instance);
}

/** 500: a failure of the server itself; the request id lets an operator find it in the log. */
export function internalError(instance: string | undefined, requestId: string): Problem {
  return problem('internal-error', 'Internal server error', 500, `The server failed on this request. Quote request id ${requestId} when you report it.`, instance);
}
