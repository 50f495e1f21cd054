/**
 * Hostile request bodies for operations that take JSON: malformed, empty, not UTF-8, nested very deep,
 * over the size limit (declared and streamed), sent as another media type or none, and JSON whose keys
 * aim at prototypes. Each comes with the statuses the contract allows for it.
 * @module
 */
import { MAX_BODY_BYTES } from '../validation/problem.js';
import type { CheckName } from './checks.js';

/** One hostile body. */
export interface HostileBody {
  /** what it is, for reports */
  name: string;
  body: string | Uint8Array;
  /** the Content-Type sent; `undefined` sends none */
  contentType: string | undefined;
  streamed?: boolean;
  /** a shell command that writes the body, when it is too long to print */
  bodyCommand?: string;
  statuses: number[];
  /** why those statuses, as the end of a sentence */
  why: string;
  check: CheckName;
}

/** How deep the nested body goes: far past any recursive parser's comfort, well under the size limit. */
const NESTING_DEPTH = 10_000;

/**
 * The hostile bodies, built around a valid body of the operation.
 * @example
 * hostileBodies({ url: 'https://hooks.example.com/in', enabled_events: ['*'] }).map((h) => h.name)
 */
export function hostileBodies(valid: Record<string, unknown>): HostileBody[] {
  const json = JSON.stringify(valid);
  const firstField = Object.keys(valid)[0] ?? 'url';
  const padding = MAX_BODY_BYTES + 4096;
  const oversized = `{"${firstField}":${JSON.stringify(valid[firstField])},"padding":"${'x'.repeat(padding)}"}`;
  const oversizedCommand = `node -e 'process.stdout.write(JSON.stringify({ ${JSON.stringify(firstField)}: ${JSON.stringify(valid[firstField]).replaceAll("'", "'\\''")}, padding: "x".repeat(${padding}) }))'`;
  const nested = `{"${firstField}":${'['.repeat(NESTING_DEPTH)}${']'.repeat(NESTING_DEPTH)}}`;
  const nestedCommand = `node -e 'process.stdout.write(${JSON.stringify(`{"${firstField}":`)} + "[".repeat(${NESTING_DEPTH}) + "]".repeat(${NESTING_DEPTH}) + "}")'`;
  const malformedJson = 'the body is not valid JSON';
  return [
    { name: 'malformed JSON', body: json.slice(0, Math.max(1, Math.floor(json.length / 2))), contentType: 'application/json', statuses: [400], why: malformedJson, check: 'negative_data_rejection' },
    { name: 'an empty body', body: '', contentType: 'application/json', statuses: [400], why: 'the body is empty, which is not JSON', check: 'negative_data_rejection' },
    { name: 'a body that is not UTF-8', body: Uint8Array.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), contentType: 'application/json', statuses: [400], why: 'the body is not UTF-8, so not JSON', check: 'negative_data_rejection' },
    { name: 'JSON with a trailing comma', body: `${json.slice(0, -1)},}`, contentType: 'application/json', statuses: [400], why: malformedJson, check: 'negative_data_rejection' },
    { name: `JSON nested ${NESTING_DEPTH} levels deep`, body: nested, bodyCommand: nestedCommand, contentType: 'application/json', statuses: [400, 422], why: `the body nests arrays ${NESTING_DEPTH} levels deep where the contract wants a value of another shape`, check: 'negative_data_rejection' },
    { name: 'a body over the 64 KiB limit', body: oversized, bodyCommand: oversizedCommand, contentType: 'application/json', statuses: [413], why: `the body is larger than the ${MAX_BODY_BYTES}-byte limit`, check: 'negative_data_rejection' },
    { name: 'a body over the 64 KiB limit, streamed without Content-Length', body: oversized, bodyCommand: oversizedCommand, streamed: true, contentType: 'application/json', statuses: [413], why: `the body is larger than the ${MAX_BODY_BYTES}-byte limit (sent in chunks, without Content-Length)`, check: 'negative_data_rejection' },
    { name: 'JSON sent as text/plain', body: json, contentType: 'text/plain', statuses: [415], why: 'the body is sent as text/plain, not application/json', check: 'negative_data_rejection' },
    { name: 'JSON sent as a form', body: json, contentType: 'application/x-www-form-urlencoded', statuses: [415], why: 'the body is sent as a form, not application/json', check: 'negative_data_rejection' },
    { name: 'JSON sent as application/merge-patch+json', body: json, contentType: 'application/merge-patch+json', statuses: [415], why: 'the body is sent as application/merge-patch+json, not application/json', check: 'negative_data_rejection' },
    { name: 'JSON without a Content-Type', body: json, contentType: undefined, statuses: [415], why: 'the body comes without a Content-Type header', check: 'missing_required_header' },
    { name: 'a __proto__ key', body: `${json.slice(0, -1)},"__proto__":{"isAdmin":true}}`, contentType: 'application/json', statuses: [422], why: 'the body has a field "__proto__", which the contract does not know', check: 'negative_data_rejection' },
    { name: 'a constructor.prototype key', body: `${json.slice(0, -1)},"constructor":{"prototype":{"isAdmin":true}}}`, contentType: 'application/json', statuses: [422], why: 'the body has a field "constructor", which the contract does not know', check: 'negative_data_rejection' },
  ];
}
