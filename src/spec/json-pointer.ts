/**
 * JSON Pointer tokens (RFC 6901), escaped and read in one place: `~` is `~0` and `/` is `~1`, and `~0`
 * must be written after `~1` is read, or `~01` would come back as `/`.
 * @module
 */

/**
 * One key or index as a pointer token.
 * @example
 * escapePointerToken('application/json'); // 'application~1json'
 */
export function escapePointerToken(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * The key a pointer token names.
 * @example
 * unescapePointerToken('a~01'); // 'a~1'
 */
export function unescapePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}
