/**
 * One readable entry per request for the terminal: what was asked, how it was answered, and each rule
 * that was broken. Never prints headers or bodies, so no token or secret reaches the log.
 * @module
 */
import type { Exchange } from './front-server.js';

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The log entry of one exchange: a line, then an indented line per broken rule.
 * @example
 * formatExchange(exchange, new Date())
 * // 09:16:26 POST /v1/webhooks → 422 (1 ms)
 * //     /url: url must be an absolute https:// URL …
 */
export function formatExchange(exchange: Exchange, at: Date = new Date()): string {
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  const lines = [`${time} ${exchange.method} ${exchange.target} → ${exchange.status} (${Math.round(exchange.durationMs)} ms)`];
  for (const { pointer, message } of exchange.errors) lines.push(`    ${pointer === '' ? '(body)' : pointer}: ${message}`);
  // the front layer's errors already say what Prism found wrong with the request
  const violations = exchange.errors.length > 0 ? exchange.violations.filter((v) => v.location[0] !== 'request') : exchange.violations;
  for (const { location, message } of violations) lines.push(`    ✖ ${location.join('.')}: ${message}`);
  return lines.join('\n');
}
