/**
 * Which web pages may call the sandbox from a browser: an allow-list of origins (by default the loopback
 * ones, `http://localhost:*`, `http://127.0.0.1:*`, `http://[::1]:*` and their https forms), matched
 * exactly but for a port wildcard. Any other origin is refused before its request does anything, and no
 * origin is ever reflected: a page a developer happens to visit cannot drive their sandbox.
 * @module
 */
import { ServerConfigError } from './errors.js';

/** The origins allowed unless configured otherwise: pages served from this machine. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*', 'https://localhost:*', 'https://127.0.0.1:*', 'https://[::1]:*'];

/** Decides whether a browser's `Origin` may call. */
export interface CorsPolicy {
  /** whether `origin` (the header's value, as sent) is allowed */
  allows(origin: string): boolean;
  /** the patterns, as configured */
  readonly patterns: readonly string[];
}

/** scheme, host (a name or a bracketed IPv6 address) and an optional port: what an Origin header holds */
const ORIGIN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/;
const PATTERN = /^(https?):\/\/([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/;

interface Rule {
  scheme: string;
  host: string;
  /** undefined: the scheme's default port only; '*': any */
  port: string | undefined;
}

/**
 * A policy from origin patterns such as `http://localhost:*` or `https://app.example.com`; a pattern that
 * is not an origin throws a ServerConfigError naming it.
 * @example
 * corsPolicy([...DEFAULT_ALLOWED_ORIGINS, 'https://app.example.com']).allows('http://localhost:5173') // true
 */
export function corsPolicy(patterns: readonly string[], setting = 'the allowed origins'): CorsPolicy {
  const rules: Rule[] = patterns.map((pattern) => {
    const match = PATTERN.exec(pattern.trim().toLowerCase());
    if (!match) {
      throw new ServerConfigError(`${setting}: ${JSON.stringify(pattern.slice(0, 200))} is not an origin; give scheme://host or scheme://host:port (the port may be *), such as https://app.example.com or http://localhost:*`);
    }
    return { scheme: match[1]!, host: match[2]!, port: match[3] };
  });
  return {
    patterns,
    allows(origin) {
      const match = ORIGIN.exec(origin.toLowerCase());
      if (!match) return false;
      const [, scheme, host, port] = match;
      return rules.some((rule) => rule.scheme === scheme && rule.host === host && (rule.port === '*' || rule.port === port));
    },
  };
}
