/**
 * The problems about what an account has stored (a webhook it does not have, a reused idempotency key,
 * the webhook limit), which every implementation that keeps state words alike: the reference server, the
 * sandbox and the MSW handlers' stateful mode. No detail quotes what the client sent.
 * @module
 */
import { DEFAULT_PROBLEM_TYPE_BASE, invalidParameters, problemInstance, type Problem } from '../validation/problem.js';

function problem(slug: string, title: string, status: number, detail: string, instance: string | undefined): Problem {
  return { type: `${DEFAULT_PROBLEM_TYPE_BASE}${slug}`, title, status, detail, ...(instance === undefined ? {} : { instance: problemInstance(instance) }) };
}

/**
 * 404 for a webhook the account does not have (another account's looks the same: no existence oracle).
 * @example
 * webhookNotFound('/v1/webhooks/3f0c…', '3f0c…').detail // 'No webhook with id 3f0c… exists.'
 */
export function webhookNotFound(instance: string, id: string): Problem {
  return problem('not-found', 'Not found', 404, `No webhook with id ${id} exists.`, instance);
}

/**
 * 422 for an Idempotency-Key already used with another body (worded as the spec's example).
 * @example
 * idempotencyKeyReused('/v1/webhooks').type // 'https://api.example.com/problems/idempotency-key-reused'
 */
export function idempotencyKeyReused(instance: string): Problem {
  return problem(
    'idempotency-key-reused',
    'Idempotency key reused',
    422,
    'This Idempotency-Key was already used in the last 24 hours with a different request body; use a new key for a new request.',
    instance,
  );
}

/**
 * 409 for a create past the account's webhook limit (its own `type`, as the spec documents it).
 * @example
 * webhookLimitReached('/v1/webhooks', 100).detail // 'This account already has 100 webhooks, the most it may have; …'
 */
export function webhookLimitReached(instance: string, limit: number): Problem {
  return problem(
    'webhook-limit-reached',
    'Webhook limit reached',
    409,
    `This account already has ${limit} webhook${limit === 1 ? '' : 's'}, the most it may have; delete one you no longer need before creating another.`,
    instance,
  );
}

/**
 * 400 for a list cursor that names nothing of this account; `what` says what is listed.
 * @example
 * unknownCursor('/v1/webhooks', 'webhooks').errors // [{ pointer: '/starting_after', message: 'starting_after must be the id of one of your webhooks, …' }]
 */
export function unknownCursor(instance: string, what: string): Problem {
  return invalidParameters(instance, [
    { pointer: '/starting_after', message: `starting_after must be the id of one of your ${what}, such as the last id of the previous page` },
  ]);
}
