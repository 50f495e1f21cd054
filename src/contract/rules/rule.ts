/**
 * A rule of the contract: one constraint the bundled spec states (a keyword of a request schema, a
 * parameter's limit, a response's header, media type or schema, an operation's security), where it is
 * stated (a JSON pointer into the bundled document) and what it says, in a sentence.
 * @module
 */

/** What part of an exchange a rule is about. */
export type RuleArea = 'body' | 'parameter' | 'response' | 'security' | 'negotiation';

/** One rule of one operation. */
export interface ContractRule {
  /** unique in a catalogue: operation, pointer and field */
  id: string;
  operationId: string;
  area: RuleArea;
  /** the kind of rule, for the coverage table: the keyword, `if/then required`, `header`, `media type` … */
  ruleClass: string;
  /** the JSON Schema keyword (or `header`, `media-type`, `schema`, `security`, `accept`) */
  keyword: string;
  /** where the spec states it: a JSON pointer into the bundled document */
  pointer: string;
  /**
   * what it constrains: a JSON pointer into the request body (`/url`, `/enabled_events/-` for any item, ``
   * for the body itself), `/<name>` for a parameter, a header's name, or `` for the whole answer
   */
  field: string;
  /** what the rule says, in a sentence */
  sentence: string;
  /** the status a case of it expects (body 422, parameter 400, security 401), or the status it is about */
  status: string;
  /** the keyword's value, and what a case needs to know to break it */
  value?: unknown;
  /** the pointer of the `if` a rule inside `then` depends on */
  condition?: string;
  /** why no case can exercise it, when none can */
  notApplicable?: string;
}

/** Writes a JSON pointer's tokens (RFC 6901). */
export function pointerOf(...tokens: (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** A pointer with every array index written as `-`: `/enabled_events/3` → `/enabled_events/-`. */
export function pointerShape(pointer: string): string {
  return pointer.replace(/\/(?:\d+|-)(?=\/|$)/g, '/-');
}
