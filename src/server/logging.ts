/**
 * The server's log: pino (Fastify's logger) writing one JSON line per event, or, for a terminal, one
 * readable line per request. A request line holds the method, path, status, time, request id, account and
 * the broken rules' pointers and sentences; never a header value, a body or a query value, so never a
 * secret. Redaction of `authorization` and of secret fields stays on as a second net.
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

/** Paths pino replaces with "[redacted]", should a header or a body ever be logged. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'body.secret',
  'body.oidc_client_secret',
  '*.secret',
  '*.oidc_client_secret',
  'secret',
  'oidc_client_secret',
];

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
    return text;
  }
  if (line.msg === 'request' && line.method !== undefined) {
    const head = `${clock(line.time)} ${line.method} ${line.path ?? ''} → ${line.status ?? '-'} (${Math.round(line.ms ?? 0)} ms) ${line.reqId ?? ''}`.trimEnd();
    return [head, ...(line.errors ?? []).map((error) => `    ${error.pointer || '(body)'}: ${error.message}`)].join('\n');
  }
  if (line.msg !== undefined && line.msg === line.event && line.webhook_id !== undefined) return formatDeliveryLine(line);
  const level = LEVEL_NAMES[line.level ?? 30] ?? 'info';
  const error = line.err?.message === undefined ? '' : `: ${line.err.type ?? 'Error'}: ${line.err.message}`;
  return `${clock(line.time)} ${level === 'info' ? '' : `${level} `}${line.msg ?? ''}${error}${line.reqId ? ` ${line.reqId}` : ''}`;
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
  const what = `${line.event_type ?? 'event'} ${line.event_id ?? ''} to webhook ${line.webhook_id}`;
  const attempt = `attempt ${line.attempt ?? '?'}`;
  switch (line.event) {
    case 'delivery.succeeded':
      return `${clock(line.time)} delivered ${what} (${attempt}): ${line.response_status ?? 'ok'}`;
    case 'delivery.retrying': {
      const next = line.next_attempt_at ? `; next attempt in ${waitOf(Date.parse(line.next_attempt_at) - (line.time ?? Date.now()))}` : '';
      return `${clock(line.time)} delivery of ${what} failed (${attempt}): ${line.error ?? 'no reason given'}${next}`;
    }
    case 'webhook.disabled':
      return `${clock(line.time)} webhook ${line.webhook_id} disabled: its endpoint answered 410 Gone`;
    default:
      return `${clock(line.time)} delivery of ${what} given up (${attempt}): ${line.error ?? 'no reason given'}`;
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

/** Log bytes gathered before a write, at most. */
const BATCH_BYTES = 64 * 1024;

/**
 * A stream that gathers log lines and writes them to `target` once per turn of the event loop (or every
 * 64 KiB): one write for many requests instead of a system call per line. What is gathered is written
 * synchronously when the process exits, so a stop or a crash loses no line; a `kill -9` loses at most the
 * lines of the turn it interrupts.
 */
export function batchedLogStream(target: NodeJS.WritableStream): Writable {
  let pending: Buffer[] = [];
  let size = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (size === 0) return;
    const bytes = pending.length === 1 ? pending[0]! : Buffer.concat(pending, size);
    pending = [];
    size = 0;
    target.write(bytes);
  };
  const fd = (target as { fd?: unknown }).fd;
  const onExit = () => {
    if (size === 0) return;
    const bytes = Buffer.concat(pending, size);
    pending = [];
    size = 0;
    if (typeof fd === 'number') writeSync(fd, bytes);
    else target.write(bytes);
  };
  process.once('exit', onExit);
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      pending.push(bytes);
      size += bytes.length;
      if (size >= BATCH_BYTES) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      done();
    },
    final(done) {
      flush();
      process.off('exit', onExit);
      done();
    },
  });
}

let stdoutBatches: Writable | undefined;

/** One batching stream over standard output, shared by every server of the process. */
function batchedStdout(): Writable {
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
  };
}
