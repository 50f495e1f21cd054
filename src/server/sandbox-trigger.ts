/**
 * The sandbox's trigger, `POST /v1/sandbox/events`: sends the spec's sample of an event type to the
 * caller's webhooks, the way developers test their receivers (`webhooks-contract trigger` calls it). It is a
 * development tool of the sandbox, not part of the contract: production servers do not have it, and the
 * contract suite does not ask for it.
 * @module
 */
import { parseRetrySchedule } from '../delivery/retry-policy.js';
import type { ValidationIssue } from '../validation/messages.js';
import type { SpecRoute } from '../spec/routes.js';
import { validationFailed } from '../validation/problem.js';
import type { ExtraRoute } from './app.js';
import { EVENT_TYPES, isEventType, type EmitOutcome, type EmitRequest } from './events.js';
import { eventIdReused, webhookNotFound } from './problems.js';

/** Where the sandbox takes triggers. */
export const SANDBOX_EVENTS_PATH = '/v1/sandbox/events';

/**
 * What a trigger asks for: `{ "type": "business.approved", "webhook_id": "…", "retry_schedule": "fast" }`
 * (`webhook_id` and `retry_schedule` optional; the schedule as `--retry-schedule` takes it).
 */
export interface TriggerRequest {
  type: string;
  webhook_id?: string;
  retry_schedule?: string;
}

/** Deliveries a trigger's answer names at most (the API's largest page): the answer stays small whatever the fan-out. */
export const TRIGGER_SUMMARY_MAX = 100;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KNOWN_FIELDS = new Set(['type', 'webhook_id', 'retry_schedule']);

/**
 * The broken rules of a trigger body, one sentence each, worded as the contract's are.
 * @example
 * checkTriggerRequest({ type: 'business.archived' }) // { ok: false, errors: [{ pointer: '/type', message: 'type must be one of …' }] }
 */
export function checkTriggerRequest(value: unknown): { ok: true; value: TriggerRequest } | { ok: false; errors: ValidationIssue[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: [{ pointer: '', message: 'the request body must be a JSON object, such as {"type":"business.approved"}' }] };
  }
  const body = value as Record<string, unknown>;
  const errors: ValidationIssue[] = [];
  for (const field of Object.keys(body)) {
    if (KNOWN_FIELDS.has(field)) continue;
    // the field name is the client's own text: named only when it is short and plain
    if (/^[\w.-]{1,64}$/.test(field)) errors.push({ pointer: `/${field}`, message: `${field} is not a known field` });
    else errors.push({ pointer: '', message: 'the body has a field that is not known; only type, webhook_id and retry_schedule are' });
  }
  if (body.type === undefined) errors.push({ pointer: '/type', message: 'type is required' });
  else if (!isEventType(body.type)) errors.push({ pointer: '/type', message: `type must be one of ${EVENT_TYPES.map((type) => JSON.stringify(type)).join(', ')}` });
  if (body.webhook_id !== undefined && (typeof body.webhook_id !== 'string' || !UUID.test(body.webhook_id))) {
    errors.push({ pointer: '/webhook_id', message: 'webhook_id must be the id (a UUID) of one of your webhooks' });
  }
  if (body.retry_schedule !== undefined) {
    if (typeof body.retry_schedule !== 'string' || body.retry_schedule.length > 500) errors.push({ pointer: '/retry_schedule', message: 'retry_schedule must be "default", "fast" or delays such as "5s,30s,2m"' });
    else {
      try {
        parseRetrySchedule(body.retry_schedule);
      } catch (error) {
        errors.push({ pointer: '/retry_schedule', message: `retry_schedule: ${(error as Error).message}` });
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: body as unknown as TriggerRequest };
}

/** The route of the trigger, built as the spec's routes are. */
const TRIGGER_ROUTE: SpecRoute = {
  operationId: 'triggerSandboxEvent',
  method: 'POST',
  template: SANDBOX_EVENTS_PATH,
  pattern: /^\/v1\/sandbox\/events$/,
  pathParameterNames: [],
  authenticated: true,
  parameters: new Map(),
  parameterList: [],
};

/**
 * The trigger as a route of the sandbox: `202` with `{ object: "sandbox_event", event, deliveries }`: the
 * event as built (with every association), and a summary of the deliveries scheduled, `{ object: "list",
 * total, data: [{ id, webhook_id }], has_more }`, naming at most 100 of them (each webhook's deliveries list
 * has them all). `404` for a `webhook_id` the account does not have, `422` for a body that breaks a rule or
 * a webhook that does not receive the type.
 * @example
 * createApp({ …, extraRoutes: [sandboxTriggerRoute((accountId, request) => server.emit(accountId, request))] })
 */
export function sandboxTriggerRoute(emit: (accountId: string, request: EmitRequest) => Promise<EmitOutcome>): ExtraRoute {
  return {
    route: TRIGGER_ROUTE,
    checkBody: checkTriggerRequest,
    async handler({ accountId, instance, body }) {
      const request = body as TriggerRequest;
      const schedule = request.retry_schedule === undefined ? undefined : parseRetrySchedule(request.retry_schedule);
      const outcome = await emit(accountId!, {
        type: request.type as EmitRequest['type'],
        ...(request.webhook_id === undefined ? {} : { webhookId: request.webhook_id }),
        ...(schedule === undefined ? {} : { retrySchedule: schedule }),
      });
      if (!outcome.ok && outcome.reason === 'webhook-not-found') return { problem: webhookNotFound(instance, request.webhook_id!) };
      if (!outcome.ok && outcome.reason === 'event-id-reused') return { problem: eventIdReused(instance, outcome.publishedAt) };
      if (!outcome.ok) return { problem: validationFailed(instance, [{ pointer: '/webhook_id', message: outcome.message }]) };
      const named = outcome.deliveries.slice(0, TRIGGER_SUMMARY_MAX).map(({ id, webhook_id }) => ({ id, webhook_id }));
      const deliveries = { object: 'list', total: outcome.deliveries.length, data: named, has_more: outcome.deliveries.length > named.length };
      return { status: 202, json: JSON.stringify({ object: 'sandbox_event', event: outcome.event, deliveries }) };
    },
  };
}
