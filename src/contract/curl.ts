/**
 * `curl` reproductions of the requests the runner sent. API keys are never printed: the Authorization
 * header reads them from `$WEBHOOKS_API_KEY` / `$WEBHOOKS_SECOND_API_KEY`, so a line pasted into a shell
 * with those set sends exactly what the runner sent.
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
 * One `curl` command that sends the request again, with `-i` so that the status and headers show.
 * @example
 * curlCommand(new URL('http://127.0.0.1:8080/v1/webhooks'), { method: 'GET', target: '/v1/webhooks', headers: {}, credential: 'api-key' })
 * // curl -i 'http://127.0.0.1:8080/v1/webhooks' -H "Authorization: Bearer $WEBHOOKS_API_KEY"
 */
export function curlCommand(url: string, request: OutgoingRequest): string {
  const first = ['curl -i'];
  if (request.method !== 'GET' || request.body !== undefined) first.push(`-X ${request.method}`);
  first.push(shellQuote(url));
  const options: string[] = [];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === 'authorization' && request.credential !== undefined) {
      const variable = request.credential === 'api-key' ? API_KEY_VARIABLE : SECOND_API_KEY_VARIABLE;
      options.push(`-H "Authorization: Bearer $${variable}"`);
    } else {
      options.push(`-H ${shellQuote(`${name}: ${value}`)}`);
    }
  }
  if (request.streamed) options.push(`-H 'Transfer-Encoding: chunked'`);
  // curl sends a body as a form unless told: an empty header value makes it send none
  const typed = Object.keys(request.headers).some((name) => name.toLowerCase() === 'content-type');
  if (request.body !== undefined && !typed) options.push(`-H 'Content-Type:'`);
  let prefix = '';
  if (request.bodyCommand !== undefined) {
    prefix = `${request.bodyCommand} | `;
    options.push('--data-binary @-');
  } else if (typeof request.body === 'string') {
    options.push(`--data-raw ${shellQuote(request.body)}`);
  } else if (request.body !== undefined) {
    // bytes that are not UTF-8 cannot sit in a shell argument: printf writes them
    const escaped = [...request.body].map((byte) => `\\${byte.toString(8).padStart(3, '0')}`).join('');
    prefix = `printf '${escaped}' | `;
    options.push('--data-binary @-');
  }
  return [`${prefix}${first.join(' ')}`, ...options].join(' \\\n    ');
}
