/**
 * `curl` reproductions of the requests the runner sent. API keys are never printed: the Authorization
 * header reads them from `$WEBHOOKS_API_KEY` / `$WEBHOOKS_SECOND_API_KEY`, so a line pasted into a shell
 * with those set sends exactly what the runner sent. An id an earlier step's answer gave is kept in a shell
 * variable (`WEBHOOK_ID=$(curl … | node -p …)`) and later steps use it, so that steps pasted in order work
 * against any server, not only against the run that printed them.
 * @module
 */
import type { OutgoingRequest } from './http.js';

/** Single-quotes text for a POSIX shell (the same rule as the command line's own; contract/ sits below cli/). */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", "'\\''")}'`;
}

/** The variables reproductions read the API keys from. */
export const API_KEY_VARIABLE = 'WEBHOOKS_API_KEY';
export const SECOND_API_KEY_VARIABLE = 'WEBHOOKS_SECOND_API_KEY';

/**
 * The variable a reproduction reads a credential-like header given with the run from: `X-Api-Key` → `WEBHOOKS_HEADER_X_API_KEY`.
 * @example
 * headerVariable('X-Gateway-Token') // 'WEBHOOKS_HEADER_X_GATEWAY_TOKEN'
 */
export function headerVariable(name: string): string {
  return `WEBHOOKS_HEADER_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** How one command of a reproduction refers to what earlier commands learned. */
export interface CurlOptions {
  /** values (ids) to write as shell variables where they fill a path segment or a query value: value → variable name */
  variables?: ReadonlyMap<string, string>;
  /** keep the `id` of the JSON answer in this shell variable, instead of printing the answer */
  captureIdAs?: string;
}

/** Reads the `id` of a JSON answer on standard input: Node is there wherever this package runs. */
const READ_ID = `node -p 'JSON.parse(require("fs").readFileSync(0, "utf8")).id'`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The URL as one shell word, with each known value that fills a whole path segment or query value written as its variable. */
function urlWord(url: string, variables: ReadonlyMap<string, string>): string {
  const names = new Map<string, string>();
  for (const [value, name] of variables) if (value !== '') names.set(encodeURIComponent(value), name);
  if (names.size === 0) return shellQuote(url);
  const origin = new URL(url).origin;
  const rest = url.slice(origin.length);
  // whole segments and values only: an id "1" must not replace the 1 of "/v1"
  const pattern = new RegExp(`(?<=[/=])(?:${[...names.keys()].map(escapeRegExp).join('|')})(?=[/?&#]|$)`, 'g');
  let word = '';
  let last = 0;
  for (const match of rest.matchAll(pattern)) {
    const literal = (last === 0 ? origin : '') + rest.slice(last, match.index);
    if (literal !== '') word += shellQuote(literal);
    word += `"$${names.get(match[0])!}"`;
    last = match.index + match[0].length;
  }
  if (last === 0) return shellQuote(url);
  if (last < rest.length) word += shellQuote(rest.slice(last));
  return word;
}

/**
 * One `curl` command that sends the request again, with `-i` so that the status and headers show (or,
 * with `captureIdAs`, an assignment that keeps the answer's id in a shell variable).
 * @example
 * curlCommand('http://127.0.0.1:8080/v1/webhooks', { method: 'GET', target: '/v1/webhooks', headers: { Authorization: 'Bearer …' }, credential: 'api-key' })
 * // curl -i 'http://127.0.0.1:8080/v1/webhooks' \
 * //     -H "Authorization: Bearer $WEBHOOKS_API_KEY"
 * curlCommand('http://127.0.0.1:8080/v1/webhooks/wh_1', getRequest, { variables: new Map([['wh_1', 'WEBHOOK_ID']]) })
 * // curl -i 'http://127.0.0.1:8080/v1/webhooks/'"$WEBHOOK_ID" \ …
 */
export function curlCommand(url: string, request: OutgoingRequest, options: CurlOptions = {}): string {
  const first = [options.captureIdAs === undefined ? 'curl -i' : 'curl -s'];
  if (request.method !== 'GET' || request.body !== undefined) first.push(`-X ${request.method}`);
  first.push(urlWord(url, options.variables ?? new Map()));
  const flags: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (request.maskedHeaders?.includes(name)) {
      flags.push(`-H "${name}: $${headerVariable(name)}"`);
    } else if (name.toLowerCase() === 'authorization' && request.credential !== undefined) {
      const variable = request.credential === 'api-key' ? API_KEY_VARIABLE : SECOND_API_KEY_VARIABLE;
      flags.push(`-H "Authorization: ${(request.credentialSpelling ?? 'Bearer {key}').replace('{key}', `$${variable}`)}"`);
    } else {
      flags.push(`-H ${shellQuote(`${name}: ${value}`)}`);
    }
  }
  if (request.streamed) flags.push(`-H 'Transfer-Encoding: chunked'`);
  // curl sends a body as a form unless told: an empty header value makes it send none
  const typed = Object.keys(request.headers).some((name) => name.toLowerCase() === 'content-type');
  if (request.body !== undefined && !typed) flags.push(`-H 'Content-Type:'`);
  let prefix = '';
  if (request.bodyCommand !== undefined) {
    prefix = `${request.bodyCommand} | `;
    flags.push('--data-binary @-');
  } else if (typeof request.body === 'string') {
    flags.push(`--data-raw ${shellQuote(request.body)}`);
  } else if (request.body !== undefined) {
    // bytes that are not UTF-8 cannot sit in a shell argument: printf writes them
    const escaped = [...request.body].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
    prefix = `printf '${escaped}' | `;
    flags.push('--data-binary @-');
  }
  if (options.captureIdAs !== undefined) {
    return [`${options.captureIdAs}=$(${prefix}${first.join(' ')}`, ...flags, `| ${READ_ID})`].join(' \\\n    ');
  }
  return [`${prefix}${first.join(' ')}`, ...flags].join(' \\\n    ');
}
