/**
 * The server's log: pino (Fastify's logger) writing one JSON line per event, or, for a terminal, one
 * readable line per request. A request line holds the method, path, status, time, request id, account and
 * the broken rules' pointers and sentences; never a header value, a body or a query value, so never a
 * secret. Redaction of `authorization` and of secret fields stays on as a second net. Every value is
 * escaped in both formats (control characters, line breaks, terminal escapes, bidirectional overrides), so
 * that nothing a client sends can forge a line or reach a terminal raw.
 * @module
 */
import { writeSync } from 'node:fs';
import { Writable } from 'node:stream';

/** Where and how the server logs. */
export interface LogOptions {
  /** `json` (one pino line per event, the default) or `pretty` (readable, for a terminal) */
  format?: 'json' | 'pretty';
  /** where lines go; standard output by default */
  stream?: NodeJS.WritableStream;
  /** pino's level; default `info` (one line per request) */
  level?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

/**
 * Paths pino replaces with "[redacted]", should a header ever be logged: exact paths only. Its wildcard
 * paths (`*.secret`) cost about 4 µs a line, half of what a request line costs (measured with the server
 * bench's request line); secret fields are censored by `redactSecretFields` instead, at any depth.
 */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'];

/** Fields whose value no log line may show, wherever in the line they are. */
const SECRET_FIELDS = new Set(['secret', 'oidc_client_secret']);
/** A line that may name one as a key: only such a line is parsed again (a request line never is). */
const NAMES_SECRET_FIELD = /"(?:secret|oidc_client_secret)"\s*:/;

function censor(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(censor);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, SECRET_FIELDS.has(key) ? '[redacted]' : censor(field)]));
}

/**
 * A JSON log line with the value of every `secret` and `oidc_client_secret` field, at any depth, replaced
 * by "[redacted]": the second net under what the lines are made of (never a body, never a header).
 * @example
 * redactSecretFields('{"webhook":{"secret":"whsec_…"}}\n') // '{"webhook":{"secret":"[redacted]"}}\n'
 */
export function redactSecretFields(line: string): string {
  if (!NAMES_SECRET_FIELD.test(line)) return line;
  try {
    return `${JSON.stringify(censor(JSON.parse(line)))}\n`;
  } catch {
    // not one JSON value: say so rather than let any of it through
    return '{"msg":"a log line that could not be checked for secrets was dropped"}\n';
  }
}

interface LogLine {
  level?: number;
  time?: number;
  msg?: string;
  reqId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  account?: string;
  errors?: { pointer: string; message: string }[];
  err?: { type?: string; message?: string };
  // a delivery attempt (the sender's `DeliveryLogEntry`)
  event?: string;
  delivery_id?: string;
  webhook_id?: string;
  event_id?: string;
  event_type?: string;
  attempt?: number;
  response_status?: number | null;
  error?: string | null;
  next_attempt_at?: string | null;
}

const LEVEL_NAMES: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/**
 * What a terminal or a log reader may act on: C0 controls (line breaks and ESC included), DEL and C1
 * controls (U+009B is an 8-bit CSI), the Unicode line and paragraph separators, and the bidirectional
 * embeddings, overrides and isolates that make text read in another order than it is written.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, less what JSON already escapes (C0, `"` and `\`): what JSON.stringify leaves raw. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A value as it may be printed on one line of a terminal: every character of `UNSAFE` written as an escape
 * (`\n`, `\u001b`), everything else as it is.
 * @example
 * printable('x\n\u001b[2J') // 'x\\n\\u001b[2J'
 */
export function printable(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  return text.replace(UNSAFE, (char) => SHORT_ESCAPES[char] ?? unicodeEscape(char));
}

/**
 * A JSON log line with the characters JSON.stringify leaves raw escaped as `\uXXXX` (the same JSON value):
 * pino's `streamWrite` hook, so that no line holds a raw line separator or C1 control.
 * @example
 * escapeJsonLine('{"msg":"a\u2028b"}\n') // '{"msg":"a\\u2028b"}\n'
 */
export function escapeJsonLine(line: string): string {
  RAW_IN_JSON.lastIndex = 0;
  return RAW_IN_JSON.test(line) ? line.replace(RAW_IN_JSON, unicodeEscape) : line;
}

function clock(time: number | undefined): string {
  return new Date(time ?? Date.now()).toTimeString().slice(0, 8);
}

/**
 * One readable line (and one per broken rule) for a JSON log line.
 * @example
 * formatLogLine('{"level":30,"time":0,"msg":"request","method":"GET","path":"/v1/webhooks","status":200,"ms":1.2,"reqId":"req_1"}')
 * // '00:00:00 GET /v1/webhooks → 200 (1 ms) req_1'
 */
export function formatLogLine(text: string): string {
  let line: LogLine;
  try {
    line = JSON.parse(text) as LogLine;
  } catch {
    return printable(text);
  }
  if (typeof line !== 'object' || line === null) return printable(text);
  // every value below is printed through printable(): none can break the line or reach the terminal raw
  const p = printable;
  if (line.msg === 'request' && line.method !== undefined) {
    const head = `${clock(line.time)} ${p(line.method)} ${p(line.path ?? '')} → ${p(line.status ?? '-')} (${Math.round(Number(line.ms ?? 0))} ms) ${p(line.reqId ?? '')}`.trimEnd();
    const errors = Array.isArray(line.errors) ? line.errors : [];
    return [head, ...errors.map((error) => `    ${p(error?.pointer || '(body)')}: ${p(error?.message)}`)].join('\n');
  }
  if (line.msg !== undefined && line.msg === line.event && line.webhook_id !== undefined) return formatDeliveryLine(line);
  const level = LEVEL_NAMES[line.level ?? 30] ?? 'info';
  const error = line.err?.message === undefined ? '' : `: ${p(line.err.type ?? 'Error')}: ${p(line.err.message)}`;
  return `${clock(line.time)} ${level === 'info' ? '' : `${level} `}${p(line.msg ?? '')}${error}${line.reqId ? ` ${p(line.reqId)}` : ''}`;
}

/** `40 s`, `2 min`, `4 h`: how long until a retry. */
function waitOf(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 2 * 60 * 60) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

/**
 * A delivery attempt as one readable line: what was sent where, and what came of it.
 * @example
 * // 09:31:12 delivered business.approved 2d1a… to webhook 5b2c… (attempt 1): 204
 * // 09:31:15 delivery of order.created 0b7e… to webhook 3f0c… failed (attempt 2): the endpoint answered 503; next attempt in 40 s
 */
function formatDeliveryLine(line: LogLine): string {
  const p = printable;
  const what = `${p(line.event_type ?? 'event')} ${p(line.event_id ?? '')} to webhook ${p(line.webhook_id)}`;
  const attempt = `attempt ${p(line.attempt ?? '?')}`;
  switch (line.event) {
    case 'delivery.succeeded':
      return `${clock(line.time)} delivered ${what} (${attempt}): ${p(line.response_status ?? 'ok')}`;
    case 'delivery.retrying': {
      const next = line.next_attempt_at ? `; next attempt in ${waitOf(Date.parse(String(line.next_attempt_at)) - (line.time ?? Date.now()))}` : '';
      return `${clock(line.time)} delivery of ${what} failed (${attempt}): ${p(line.error ?? 'no reason given')}${next}`;
    }
    case 'webhook.disabled':
      return `${clock(line.time)} webhook ${p(line.webhook_id)} disabled: its endpoint answered 410 Gone`;
    default:
      return `${clock(line.time)} delivery of ${what} given up (${attempt}): ${p(line.error ?? 'no reason given')}`;
  }
}

/** A stream that takes pino's JSON lines and writes readable ones to `target`. */
export function prettyLogStream(target: NodeJS.WritableStream): Writable {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      const text = lines.filter((line) => line !== '').map(formatLogLine).join('\n');
      if (text !== '') target.write(`${text}\n`);
      done();
    },
  });
}

/** Log characters gathered before a write, at most. */
const BATCH_CHARS = 64 * 1024;

/** What pino writes its lines to: an object with `write`, no stream machinery per line. */
export interface LogDestination {
  write(line: string): boolean;
}

/**
 * A destination that gathers log lines and writes them to `target` once per turn of the event loop (or
 * every 64 Ki characters): one write for many requests instead of a system call per line, and no stream
 * machinery per line (pino needs only `write`). pino's own asynchronous destination (the
 * `pino.destination({ sync: false })` of the pino Fastify brings) was measured in its place with the
 * bench's request line: 4.6 to 11.7 µs of CPU per line against 2.1 to 2.5 µs for this, the same runs
 * (8 µs with `minLength: 4096`, with which a quiet server's last lines would also wait for more traffic:
 * it has no timer). What is gathered is written synchronously when the process exits, so a stop or a crash loses no line; a
 * `kill -9` loses at most the lines of the turn it interrupts.
 */
export function batchedLogStream(target: NodeJS.WritableStream): LogDestination {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    target.write(text);
  };
  const fd = (target as { fd?: unknown }).fd;
  process.once('exit', () => {
    if (pending === '') return;
    if (typeof fd === 'number') writeSync(fd, pending);
    else target.write(pending);
    pending = '';
  });
  return {
    write(line) {
      pending += line;
      if (pending.length >= BATCH_CHARS) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      return true;
    },
  };
}

let stdoutBatches: LogDestination | undefined;

/** One batching destination over standard output, shared by every server of the process. */
function batchedStdout(): LogDestination {
  stdoutBatches ??= batchedLogStream(process.stdout);
  return stdoutBatches;
}

/**
 * Fastify's `logger` option for these settings; `false` when logging is off.
 * @example
 * Fastify({ logger: loggerOptions({ format: 'pretty' }) })
 */
export function loggerOptions(options: LogOptions | false | undefined): false | Record<string, unknown> {
  if (options === false || options?.level === 'silent') return false;
  const target = options?.stream ?? process.stdout;
  return {
    level: options?.level ?? 'info',
    stream: options?.format === 'pretty' ? prettyLogStream(target) : target === process.stdout ? batchedStdout() : target,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: null,
    // JSON escapes C0 controls; this escapes what it leaves raw, and censors secret fields, in every line of either format
    hooks: { streamWrite: (line: string) => escapeJsonLine(redactSecretFields(line)) },
  };
}
