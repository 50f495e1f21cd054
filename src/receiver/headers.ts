/**
 * Reading request headers the way every framework hands them over: a fetch `Headers`, or a plain object
 * (Node's `IncomingHttpHeaders`, Fastify, Express) with names in any case and repeated values as arrays.
 * @module
 */

/** Request headers as a fetch `Headers` or a plain object; names are matched in any case. */
export type WebhookHeaders =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * Every value of header `name` (lowercase), in the order received; `[]` when absent.
 * A fetch `Headers` joins repeated headers with ", " (the fetch standard); that joined value is returned as is.
 */
export function headerValues(headers: WebhookHeaders, name: string): string[] {
  if (typeof headers.get === 'function') {
    const value = (headers as { get(name: string): string | null }).get(name);
    return value === null ? [] : [value];
  }
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (Array.isArray(value)) values.push(...(value as readonly string[]).map(String));
    else values.push(String(value));
  }
  return values;
}
