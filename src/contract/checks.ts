/**
 * The checks the runner makes, named as Schemathesis names them where it has the same check, with this
 * contract's own (secret leaks and the stateful flows) beside them.
 * @module
 */

/** What a check is about, for reports and `--help`. */
export interface CheckInfo {
  /** a short title for a failure, such as "Undocumented HTTP status code" */
  title: string;
  /** what passing means, in a sentence */
  description: string;
  /** needs server state (accounts, stored webhooks); skipped with `stateful: false` (a mock) */
  stateful: boolean;
}

/** Every check, in the order reports list them. */
export const CHECKS = {
  not_a_server_error: {
    title: 'Server error',
    description: 'No request gets a 5xx or no answer at all.',
    stateful: false,
  },
  status_code_conformance: {
    title: 'Undocumented HTTP status code',
    description: 'Every status is one the operation documents.',
    stateful: false,
  },
  content_type_conformance: {
    title: 'Undocumented Content-Type',
    description: 'Every body has the documented media type (application/problem+json for errors); a 204 has no body.',
    stateful: false,
  },
  response_headers_conformance: {
    title: 'Missing or invalid response header',
    description: 'Documented headers are present and valid: X-Request-Id, Location resolving to the created webhook, a Bearer WWW-Authenticate challenge, Retry-After, Idempotent-Replayed.',
    stateful: false,
  },
  response_schema_conformance: {
    title: 'Response violates schema',
    description: 'Every body is valid against its documented schema (the generated validators).',
    stateful: false,
  },
  no_secret_leak: {
    title: 'Write-only secret returned',
    description: 'No secret sent earlier in the run appears in any later response, body or headers, as it is, in base64 or in hex.',
    stateful: false,
  },
  positive_data_acceptance: {
    title: 'API rejected schema-compliant request',
    description: "The spec's examples and generated valid requests are accepted (2xx).",
    stateful: false,
  },
  negative_data_rejection: {
    title: 'API accepted schema-violating request',
    description: 'A request that breaks one rule gets the documented 4xx: 400, 413, 415 or 422 as the rule says.',
    stateful: false,
  },
  missing_required_header: {
    title: 'Missing required header not rejected',
    description: 'Without Authorization the answer is 401 (before the body is looked at); a body without Content-Type is a 415.',
    stateful: false,
  },
  ignored_auth: {
    title: 'Authentication not enforced',
    description: 'Another scheme, an empty token and (against a real server) a wrong API key get 401 on every authenticated operation.',
    stateful: false,
  },
  unsupported_method: {
    title: 'Undocumented method not refused',
    description: 'A method the path does not document gets 405 with an Allow header listing the documented ones.',
    stateful: false,
  },
  use_after_free: {
    title: 'Use after free',
    description: 'After a delete, get, patch, delete and the deliveries list answer 404 and the list no longer shows it.',
    stateful: true,
  },
  ensure_resource_availability: {
    title: 'Created resource not available',
    description: 'A created webhook can be read at once: by id, in the list, and its deliveries.',
    stateful: true,
  },
  state_consistency: {
    title: 'Stored state differs from the answers',
    description: 'What a create or PATCH returns is what was sent (or the merged result) and what the next get and list show; an update the stored webhook cannot take is a 422 that changes nothing.',
    stateful: true,
  },
  paging_integrity: {
    title: 'Pagination skips or repeats webhooks',
    description: 'Paging with starting_after yields every webhook exactly once, newest first, and has_more ends it.',
    stateful: true,
  },
  cross_account_isolation: {
    title: "Another account's webhook is reachable",
    description: "With a second API key, another account's webhook is a 404 on get, patch, delete and deliveries, and absent from its list.",
    stateful: true,
  },
  idempotent_replay: {
    title: 'Idempotency-Key not honoured',
    description: 'A create sent again with the same key and body gives the same webhook with Idempotent-Replayed: true; with another body, a 422.',
    stateful: true,
  },
} as const satisfies Record<string, CheckInfo>;

/** The name of a check. */
export type CheckName = keyof typeof CHECKS;

/** Every check name, in report order. */
export const CHECK_NAMES = Object.keys(CHECKS) as CheckName[];

/** The checks that need no server state: what a stateless mock can pass. */
export const STATELESS_CHECKS = CHECK_NAMES.filter((name) => !CHECKS[name].stateful);

/** The checks every response is judged by, whatever the request was. */
export const RESPONSE_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'no_secret_leak',
] as const satisfies readonly CheckName[];

/** Whether a string names a check. */
export function isCheckName(name: string): name is CheckName {
  return Object.hasOwn(CHECKS, name);
}
