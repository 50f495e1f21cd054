/**
 * Reads the violations Prism reports in its `sl-violations` header: the front layer uses them to notice
 * where Prism judged a request unlike the library (a divergence) or generated an answer that breaks the
 * contract.
 * @module
 */

/** One violation as Prism reports it. */
export interface PrismViolation {
  /** such as `["request", "query", "limit"]` or `["response", "body", "data", "0", "url"]` */
  location: string[];
  severity: string;
  /** the JSON Schema keyword, or an HTTP status for security and media-type problems */
  code?: string | number;
  message: string;
}

/**
 * The violations in an `sl-violations` header; none when it is absent or truncated by Prism.
 * @example
 * parseViolations(response.headers['sl-violations'])
 */
export function parseViolations(header: string | string[] | undefined): PrismViolation[] {
  if (typeof header !== 'string') return [];
  try {
    const parsed = JSON.parse(header) as unknown;
    return Array.isArray(parsed) ? (parsed as unknown[]).filter(isViolation) : [];
  } catch {
    // Prism cuts long headers and prefixes them with "Too many violations!"
    return [];
  }
}

function isViolation(value: unknown): value is PrismViolation {
  const candidate = value as Partial<PrismViolation> | null;
  return typeof candidate === 'object' && candidate !== null && Array.isArray(candidate.location) && typeof candidate.message === 'string';
}
