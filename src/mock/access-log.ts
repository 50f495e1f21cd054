/**
 * One readable entry per request for the terminal: what was asked, how it was answered (or that the
 * client left first), and each rule that was broken or anything else worth knowing. Never prints
 * headers or bodies, so no token or secret reaches the log.
 * @module
 */
import type { Exchange, Finding } from './exchange.js';

const pad = (value: number) => String(value).padStart(2, '0');

const MARKS: Record<Finding['kind'], string> = {
  request: '✖ request',
  response: '✖ response',
  upstream: '✖ upstream',
  divergence: '⚠ divergence',
  mock: '⚠ mock',
};

/** What happened to the answer, after the arrow. */
function outcome(exchange: Exchange): string {
  const ms = `${Math.round(exchange.durationMs)} ms`;
  if (exchange.outcome === 'sent') return `${exchange.status} (${ms})`;
  if (exchange.status === 0) return `no answer: the client closed the connection after ${ms}`;
  return `${exchange.status} not delivered: the client closed the connection after ${ms}`;
}

/**
 * The log entry of one exchange: a line, then an indented line per broken rule or finding.
 * @example
 * formatExchange(exchange, new Date())
 * // 09:16:26 POST /v1/webhooks → 422 (1 ms)
 * //     /url: url must be an absolute https:// URL …
 */
export function formatExchange(exchange: Exchange, at: Date = new Date()): string {
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  const lines = [`${time} ${exchange.method} ${exchange.target} → ${outcome(exchange)}`];
  for (const { pointer, message } of exchange.errors) lines.push(`    ${pointer === '' ? '(body)' : pointer}: ${message}`);
  for (const { kind, pointer, message } of exchange.findings) {
    lines.push(`    ${MARKS[kind]}${pointer === undefined ? '' : ` ${pointer === '' ? '(body)' : pointer}`}: ${message}`);
  }
  return lines.join('\n');
}
