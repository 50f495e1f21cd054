/**
 * Text from outside (an identity provider's error description) made safe to record: no control
 * characters, bounded, and without any of the secrets it might echo back.
 * @module
 */

const REDACTED = '[redacted]';

/**
 * Removes every occurrence of `secrets` from `text` (and its control characters), and cuts it to `max`.
 * @example
 * redact('bad secret "hunter2hunter2"', ['hunter2hunter2']) // 'bad secret "[redacted]"'
 */
export function redact(text: string, secrets: readonly (string | undefined)[], max = 200): string {
  let safe = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
  for (const secret of secrets) {
    // very short values are not secrets worth hiding, and would blank out ordinary words
    if (secret !== undefined && secret.length >= 4) safe = safe.split(secret).join(REDACTED);
  }
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
