/**
 * `webhooks-contract trigger <event-type>`: sends the spec's sample of an event to the webhooks of an
 * account in a running sandbox (through its `POST /v1/sandbox/events`), then waits for each delivery's
 * first attempt and says how it went, the way `stripe trigger` is used to test a receiver.
 * @module
 */
import { parseRetrySchedule } from '../delivery/retry-policy.js';
import { KNOWN_EVENT_TYPES } from '../receiver/parse.js';
import { UsageError, parseCommandLine, shellQuote, type CliIo } from './io.js';

/** The sandbox's account when no key is given: the token the sandbox's own banner shows. */
export const DEFAULT_SANDBOX_TOKEN = 'my-team';
/** Where the sandbox listens unless told otherwise (its `SANDBOX_DEFAULTS`, not imported: this command loads no server code). */
export const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:4011';
/** How long to wait for each delivery's first attempt, unless told otherwise. */
const DEFAULT_WAIT_S = 10; // seconds
/** How long one request to the sandbox may take. */
const REQUEST_TIMEOUT_MS = 10_000; // ms
/** How often the deliveries are read while waiting. */
const POLL_MS = 200; // ms

/** The help text of `webhooks-contract trigger`. */
export const TRIGGER_USAGE = `Usage: webhooks-contract trigger <event-type> [options]

  Send the spec's sample of an event to your webhooks in a running sandbox, to test a receiver: every
  webhook of the account that receives the type gets it (or only --webhook), signed and, for a webhook
  with OIDC, with an access token, exactly as a real event is delivered. Then wait for each delivery's
  first attempt and say how it went.

Event types: ${KNOWN_EVENT_TYPES.join(', ')}

Options:
  --webhook <id>         Send to this webhook only (it must receive the event type)
  --base-url <url>       The sandbox (default ${DEFAULT_SANDBOX_URL}, or WEBHOOKS_BASE_URL)
  --api-key <token>      The account's bearer token (WEBHOOKS_API_KEY, or ${DEFAULT_SANDBOX_TOKEN}: in the sandbox
                         any token is an account of its own)
  --wait <seconds>       How long to wait for the first attempts (default ${DEFAULT_WAIT_S}; 0 does not wait)
  --retry-schedule <s>   When this event's failed deliveries are tried again: default (the sandbox's own),
                         fast (1, 2, 4, 8, 16 and 32 s) or delays such as 5s,30s,2m; or RETRY_SCHEDULE
  -h, --help             Show this help

Exit code: 0 the event was sent, 1 no webhook receives it or the sandbox refused it, 2 a usage error or a
sandbox that cannot be reached.
`;

/** The trigger, as the user asked for it. */
export interface TriggerCommandOptions {
  eventType: string;
  webhookId?: string;
  baseUrl: string;
  apiKey: string;
  /** whether the key is the default one (then it may be printed: it is the sandbox banner's own) */
  defaultKey: boolean;
  waitMs: number;
  /** as given (`fast`, `5s,30s`): the sandbox reads it */
  retrySchedule?: string;
  help: boolean;
}

/** A delivery as the API shows it (the fields this command reads). */
interface DeliveryView {
  id: string;
  webhook_id: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  last_response_status: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
}

/**
 * Parses the arguments after `trigger`.
 * @example
 * parseTriggerArguments(['business.approved', '--webhook', id], {}).eventType // 'business.approved'
 */
export function parseTriggerArguments(args: readonly string[], env: NodeJS.ProcessEnv): TriggerCommandOptions {
  const { values, positionals } = parseCommandLine(args, {
    webhook: { type: 'string' },
    'base-url': { type: 'string' },
    'api-key': { type: 'string' },
    wait: { type: 'string' },
    'retry-schedule': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) return { eventType: '', baseUrl: DEFAULT_SANDBOX_URL, apiKey: '', defaultKey: true, waitMs: 0, help: true };
  const [eventType, extra] = positionals;
  if (eventType === undefined) throw new UsageError(`name the event type to send: one of ${KNOWN_EVENT_TYPES.join(', ')}`);
  if (extra !== undefined) throw new UsageError(`unexpected argument "${extra}": send one event type at a time`);
  if (!(KNOWN_EVENT_TYPES as readonly string[]).includes(eventType)) {
    throw new UsageError(`"${eventType.slice(0, 60)}" is not an event type of the contract; use one of ${KNOWN_EVENT_TYPES.join(', ')}`);
  }
  const webhookId = values.webhook;
  if (webhookId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(webhookId)) {
    throw new UsageError(`--webhook must be a webhook's id (a UUID); got "${webhookId.slice(0, 60)}"`);
  }
  const baseUrl = (values['base-url'] ?? nonEmpty(env.WEBHOOKS_BASE_URL) ?? DEFAULT_SANDBOX_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/?#]+$/.test(baseUrl)) throw new UsageError(`--base-url (or WEBHOOKS_BASE_URL) must be the sandbox's root URL, such as ${DEFAULT_SANDBOX_URL}; got "${baseUrl.slice(0, 80)}"`);
  const givenKey = values['api-key'] ?? nonEmpty(env.WEBHOOKS_API_KEY);
  if (givenKey !== undefined && !/^[\x21-\x7E]+$/.test(givenKey)) throw new UsageError('--api-key (or WEBHOOKS_API_KEY) must be visible ASCII characters without spaces');
  const wait = values.wait ?? String(DEFAULT_WAIT_S);
  if (!/^\d{1,4}(\.\d+)?$/.test(wait)) throw new UsageError(`--wait must be a number of seconds, 0 or more; got "${wait.slice(0, 20)}"`);
  const retrySchedule = values['retry-schedule'] ?? nonEmpty(env.RETRY_SCHEDULE);
  if (retrySchedule !== undefined) {
    try {
      parseRetrySchedule(retrySchedule);
    } catch (error) {
      throw new UsageError(`--retry-schedule (or RETRY_SCHEDULE): ${(error as Error).message}`);
    }
  }
  return {
    eventType,
    ...(webhookId === undefined ? {} : { webhookId: webhookId.toLowerCase() }),
    ...(retrySchedule === undefined ? {} : { retrySchedule }),
    baseUrl,
    apiKey: givenKey ?? DEFAULT_SANDBOX_TOKEN,
    defaultKey: givenKey === undefined,
    waitMs: Math.round(Number(wait) * 1000),
    help: false,
  };
}

/**
 * How to run another command here: `npm run <script>` when this one was started by one of this
 * repository's npm scripts, `npx webhooks-contract-tools <command>` elsewhere (it runs the installed tools, or fetches them).
 * @example
 * commandHint({ npm_lifecycle_event: 'trigger' }, 'sandbox') // 'npm run sandbox'
 */
export function commandHint(env: NodeJS.ProcessEnv, command: 'sandbox' | 'trigger', args = ''): string {
  const fromRepository = env.npm_lifecycle_event === 'sandbox' || env.npm_lifecycle_event === 'trigger';
  if (fromRepository) return `npm run ${command}${args === '' ? '' : ` -- ${args}`}`;
  return `npx webhooks-contract-tools ${command}${args === '' ? '' : ` ${args}`}`;
}

/** The body of `POST /v1/sandbox/events` for these options. */
function triggerBody(options: TriggerCommandOptions): Record<string, string> {
  return {
    type: options.eventType,
    ...(options.webhookId === undefined ? {} : { webhook_id: options.webhookId }),
    ...(options.retrySchedule === undefined ? {} : { retry_schedule: options.retrySchedule }),
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The sandbox could not be reached; exit code 2. */
class UnreachableError extends Error {}

/** One request to the sandbox: its status and parsed body (undefined when not JSON). */
async function call(options: TriggerCommandOptions, method: 'GET' | 'POST', path: string, body?: unknown, env: NodeJS.ProcessEnv = {}): Promise<{ status: number; body: any }> {
  let response: Response;
  try {
    response = await fetch(`${options.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${options.apiKey}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      redirect: 'manual',
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const { cause } = error as { cause?: { code?: string; message?: string } };
    const why = cause?.code ?? cause?.message ?? (error as Error).name;
    throw new UnreachableError(`cannot reach the sandbox at ${options.baseUrl} (${why}): is it running? Start it with: ${commandHint(env, 'sandbox')}`);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed };
}

/** What a problem answer says, in one line. */
function problemText(answer: { status: number; body: any }): string {
  const problem = answer.body as { title?: unknown; detail?: unknown; errors?: { message?: unknown }[] } | undefined;
  const rules = Array.isArray(problem?.errors) ? problem.errors.map((error) => String(error.message)).join('; ') : '';
  const detail = typeof problem?.detail === 'string' ? problem.detail : typeof problem?.title === 'string' ? problem.title : `HTTP ${answer.status}`;
  return rules === '' ? detail : rules;
}

/** How a delivery's first attempt went, in a few words. */
function describeAttempt(delivery: DeliveryView | undefined, now: number): string {
  if (delivery === undefined || (delivery.status === 'pending' && delivery.attempts === 0)) {
    return 'no attempt yet (the sandbox sends within a second: check its log)';
  }
  if (delivery.status === 'succeeded') return `delivered, ${delivery.last_response_status ?? 'answered'}`;
  const why = delivery.last_error ?? (delivery.last_response_status === null ? 'no answer' : `answered ${delivery.last_response_status}`);
  if (delivery.status === 'failed') return `failed, not retried: ${why}`;
  const next = delivery.next_attempt_at === null ? '' : `; retried in ${Math.max(0, Math.round((Date.parse(delivery.next_attempt_at) - now) / 1000))} s`;
  return `failed: ${why}${next}`;
}

/** Reads the deliveries of `webhookIds` until each named delivery has had its first attempt, or time is up. */
async function waitForFirstAttempts(options: TriggerCommandOptions, wanted: readonly DeliveryView[]): Promise<Map<string, DeliveryView>> {
  const seen = new Map<string, DeliveryView>();
  const deadline = Date.now() + options.waitMs;
  const attempted = (delivery: DeliveryView) => {
    const now = seen.get(delivery.id);
    return now !== undefined && (now.attempts > 0 || now.status !== 'pending');
  };
  for (;;) {
    // only the webhooks with a delivery still waiting for its first attempt
    for (const webhookId of new Set(wanted.filter((delivery) => !attempted(delivery)).map((delivery) => delivery.webhook_id))) {
      const page = await call(options, 'GET', `/v1/webhooks/${webhookId}/deliveries?limit=100`);
      for (const delivery of (page.status === 200 && Array.isArray(page.body?.data) ? page.body.data : []) as DeliveryView[]) seen.set(delivery.id, delivery);
    }
    if (wanted.every(attempted) || Date.now() >= deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Runs `webhooks-contract trigger`; resolves with the exit code.
 * @example
 * process.exitCode = await runTriggerCommand(['business.approved'], io);
 */
export async function runTriggerCommand(args: readonly string[], io: CliIo): Promise<number> {
  const options = parseTriggerArguments(args, io.env);
  if (options.help) {
    io.out(TRIGGER_USAGE);
    return 0;
  }
  try {
    const answer = await call(options, 'POST', '/v1/sandbox/events', triggerBody(options), io.env);
    if (answer.status === 404 && options.webhookId === undefined) {
      io.err(`webhooks-contract: ${options.baseUrl} has no trigger (POST /v1/sandbox/events answered 404): it is not a sandbox. Start one with: ${commandHint(io.env, 'sandbox')}`);
      return 1;
    }
    if (answer.status !== 202) {
      io.err(`webhooks-contract: the sandbox refused the trigger (${answer.status}): ${problemText(answer)}`);
      return 1;
    }
    const event = answer.body.event as { id: string; type: string };
    // a summary: the total, and the first deliveries by id (all of them unless the account has over 100 webhooks)
    const summary = answer.body.deliveries as { total: number; data: DeliveryView[] };
    const deliveries = summary.data;
    if (deliveries.length === 0) {
      io.err(
        `webhooks-contract: no webhook of this account receives ${event.type} events, so nothing was sent. Create one whose enabled_events include it (or "*"): ${
          io.env.npm_lifecycle_event === 'trigger' ? 'npm run receiver -- --sandbox makes one' : 'point it at your receiver (the sandbox accepts http://localhost URLs)'
        }`,
      );
      return 1;
    }
    const urls = new Map<string, string>();
    for (const webhookId of new Set(deliveries.map((delivery) => delivery.webhook_id))) {
      const webhook = await call(options, 'GET', `/v1/webhooks/${webhookId}`);
      if (webhook.status === 200 && typeof webhook.body?.url === 'string') urls.set(webhookId, webhook.body.url);
    }
    io.out(`Sent ${event.type} (event ${event.id}) in the sandbox at ${options.baseUrl}: ${summary.total} ${summary.total === 1 ? 'delivery' : 'deliveries'}.`);
    const outcomes = options.waitMs > 0 ? await waitForFirstAttempts(options, deliveries) : new Map<string, DeliveryView>();
    const now = Date.now();
    for (const delivery of deliveries) {
      const where = `webhook ${delivery.webhook_id}${urls.has(delivery.webhook_id) ? ` (${urls.get(delivery.webhook_id)})` : ''}`;
      io.out(`  ${where}: ${options.waitMs > 0 ? describeAttempt(outcomes.get(delivery.id), now) : `delivery ${delivery.id} scheduled`}`);
    }
    const auth = options.defaultKey ? `Authorization: Bearer ${options.apiKey}` : 'Authorization: Bearer $WEBHOOKS_API_KEY';
    // the deliveries of the webhook that got it, if one did: most likely the receiver being tested
    const shown = deliveries.find((delivery) => outcomes.get(delivery.id)?.status === 'succeeded') ?? deliveries[0]!;
    io.out(
      ['', "A webhook's deliveries, each with its attempts, last status and error:", `  curl -s ${shellQuote(`${options.baseUrl}/v1/webhooks/${shown.webhook_id}/deliveries`)} -H ${options.defaultKey ? shellQuote(auth) : `"${auth}"`}`].join('\n'),
    );
    return 0;
  } catch (error) {
    if (error instanceof UnreachableError) {
      io.err(`webhooks-contract: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
