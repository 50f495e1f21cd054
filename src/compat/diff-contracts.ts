/**
 * `diffContracts`: every change between two bundled versions of the contract, classified under the
 * compatibility policy of `spec/README.md`. Structure (api-smart-diff and the policy's own rules) finds
 * operations, parameters, statuses, media types and headers that came or went; meaning (Ajv and sampled
 * values) decides every schema change; the field inventory and the write-only rules back the sampling.
 * @module
 */
import { WebhooksContractError } from '../errors.js';
import { fieldInventory, fieldName, type FieldMarks } from './field-inventory.js';
import { policyChanges } from './policy-rules.js';
import { schemaPositions, type SchemaPosition } from './positions.js';
import { schemaEdits } from './schema-edits.js';
import { canonicalJson, isObject, schemaClosure, atPointer, schemaFingerprint, type Json } from './schema-walk.js';
import { compareByMeaning, compileContracts, positionSeed, type SemanticContracts, type SemanticResult } from './semantic.js';
import { structuralChanges } from './structural.js';
import type { Classification, ContractChange, ContractDiff, VersionChange } from './types.js';

/** A document that is not an OpenAPI 3.1 document the check can read. */
export class ContractInputError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_CONTRACT_INPUT', message);
  }
}

/** deeper than this, a document is refused before any recursive walk could overflow the stack */
const MAX_NESTING = 200;

/** How deep a JSON value nests, measured without recursion. */
function nestingDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_NESTING) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function checkDocument(document: unknown, which: string): Json {
  if (!isObject(document)) throw new ContractInputError(`The ${which} contract is not a JSON object.`);
  if (typeof document.openapi !== 'string' || !document.openapi.startsWith('3.1')) {
    throw new ContractInputError(
      `The ${which} contract is not an OpenAPI 3.1 document (openapi: ${JSON.stringify(document.openapi ?? null)}); the check reads 3.1 only, whose schemas are JSON Schema 2020-12.`,
    );
  }
  if (nestingDepth(document) > MAX_NESTING) {
    throw new ContractInputError(`The ${which} contract nests deeper than ${MAX_NESTING} levels; no OpenAPI document needs that.`);
  }
  const external = JSON.stringify(document).match(/"\$ref":"(?!#)([^"]*)"/);
  if (external) {
    throw new ContractInputError(`The ${which} contract refers to another file (${external[1]}): bundle it first (a spec folder is bundled for you).`);
  }
  return structuredClone(document);
}

function majorOf(version: string): number | undefined {
  const match = /^v?(\d+)/.exec(version.trim());
  return match ? Number(match[1]) : undefined;
}

function versionChange(oldDocument: Json, newDocument: Json): VersionChange {
  const read = (document: Json): string => (isObject(document.info) && typeof document.info.version === 'string' ? document.info.version : '');
  const before = read(oldDocument);
  const after = read(newDocument);
  const oldMajor = majorOf(before);
  const newMajor = majorOf(after);
  return { old: before, new: after, majorBump: oldMajor !== undefined && newMajor !== undefined && newMajor > oldMajor };
}

const NOUNS: Record<SchemaPosition['kind'], string> = {
  'request-body': 'request body',
  parameter: 'value',
  'response-body': 'response body',
  'response-header': 'header value',
  'event-payload': 'event payload',
  'delivery-header': 'header value',
};

function plural(noun: string): string {
  return noun.endsWith('body') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** Paths under another path of the same list are implied by it: `names` removed says `names[].value` went too. */
function topmost(paths: string[]): string[] {
  return paths.filter((path) => !paths.some((other) => other !== path && (path.startsWith(`${other}.`) || path.startsWith(`${other}[]`))));
}

function list(fields: string[]): string {
  return fields.map((field) => `\`${field}\``).join(', ');
}

/** Options of `diffContracts`. */
export interface DiffOptions {
  /** values generated per schema and direction (default 250); more finds rarer breaks, slower */
  samples?: number;
}

class Comparison {
  private compiled: SemanticContracts | undefined;
  readonly changes: ContractChange[] = [];

  constructor(
    private readonly oldDocument: Json,
    private readonly newDocument: Json,
    private readonly writeOnlyNames: Set<string>,
    private readonly samples: number | undefined,
  ) {}

  private contracts(): SemanticContracts {
    this.compiled ??= compileContracts(this.oldDocument, this.newDocument);
    return this.compiled;
  }

  /** Compares one position present in both versions. */
  position(before: SchemaPosition, after: SchemaPosition): void {
    const sameText = (position: SchemaPosition, document: Json): string =>
      [canonicalJson(position.schema), ...[...schemaClosure(document, position.schema)].sort().map((ref) => `${ref}=${canonicalJson(atPointer(document, ref))}`)].join('\n');
    if (sameText(before, this.oldDocument) === sameText(after, this.newDocument)) return;
    const edits = schemaEdits(this.oldDocument, before.schema, this.newDocument, after.schema, after.pointer);
    const inventory = this.inventory(before, after, edits);
    if (schemaFingerprint(this.oldDocument, before.schema) === schemaFingerprint(this.newDocument, after.schema)) {
      if (inventory.length === 0) {
        this.changes.push({ classification: 'compatible', rule: 'documentation', where: after.label, pointer: after.pointer, message: 'documentation changed (titles, descriptions, examples)', details: edits, source: 'semantic' });
      }
      return;
    }
    let result: SemanticResult;
    try {
      result = this.compare(before, after);
    } catch (error) {
      // a schema Ajv cannot compile (a reference to nothing, a pattern that is not a regular expression)
      this.changes.push({
        classification: 'unclassified',
        rule: 'schema-not-compiled',
        where: after.label,
        pointer: after.pointer,
        message: `the schema changed, and one of the versions cannot be compiled to check what it accepts: ${(error as Error).message}`,
        details: edits,
        source: 'semantic',
      });
      return;
    }
    this.changes.push(this.meaningChange(after, result, edits));
  }

  private compare(before: SchemaPosition, after: SchemaPosition): SemanticResult {
    return compareByMeaning(this.contracts(), {
      direction: after.direction,
      oldPointer: before.pointer,
      newPointer: after.pointer,
      oldSchema: before.schema,
      newSchema: after.schema,
      examples: after.direction === 'request' ? before.examples : after.examples,
      otherExamples: after.direction === 'request' ? after.examples : before.examples,
      seed: positionSeed(after.key),
      ...(this.samples === undefined ? {} : { samples: this.samples }),
    });
  }

  private meaningChange(position: SchemaPosition, result: SemanticResult, details: string[]): ContractChange {
    const noun = NOUNS[position.kind];
    const base = { where: position.label, pointer: position.pointer, details, source: 'semantic' as const };
    const request = position.direction === 'request';
    const added = this.addedFields.get(position.key) ?? [];
    const additions = added.length > 0 ? `; adds ${list(added)}` : '';
    switch (result.outcome) {
      case 'breaks':
        return {
          ...base,
          classification: 'breaking',
          rule: request ? 'request-value-refused' : 'response-value-unreadable',
          message: request
            ? `a ${noun} that was valid is now refused`
            : `the new version may send a ${noun} that a reader of the old version cannot read`,
          evidence: { ...result.evidence!, acceptedBy: request ? 'old' : 'new' },
        };
      case 'compatible-change':
        return {
          ...base,
          classification: 'compatible',
          rule: request ? 'request-widened' : 'response-narrowed',
          message: request
            ? `accepts more than before; every ${noun} valid before is still valid (${result.checked} checked)${additions}`
            : `sends less than before; everything it may send is readable by readers of the old version (${result.checked} checked)${additions}`,
          evidence: { ...result.difference!, acceptedBy: request ? 'new' : 'old' },
        };
      case 'same':
        return {
          ...base,
          classification: 'compatible',
          rule: request ? 'request-same-values' : 'response-same-values',
          message: request
            ? `restructured: accepts the same ${plural(noun)} as before (${result.checked} checked both ways)${additions}`
            : `everything it may send is readable by readers of the old version (${result.checked} checked)${additions}`,
        };
      default:
        return {
          ...base,
          classification: 'unclassified',
          rule: 'schema-not-exercised',
          message: `the schema changed, and too few ${plural(noun)} valid under it could be generated (${result.checked}) to tell what the change does: review it by hand`,
        };
    }
  }

  private readonly addedFields = new Map<string, string[]>();

  /** The field inventory's rules for a body; returns the changes it added. */
  private inventory(before: SchemaPosition, after: SchemaPosition, details: string[]): ContractChange[] {
    if (after.kind !== 'request-body' && after.kind !== 'response-body' && after.kind !== 'event-payload') return [];
    const oldFields = fieldInventory(this.oldDocument, before.schema);
    const newFields = fieldInventory(this.newDocument, after.schema);
    const removed = topmost([...oldFields.keys()].filter((field) => !newFields.has(field)));
    const added = topmost([...newFields.keys()].filter((field) => !oldFields.has(field)));
    this.addedFields.set(after.key, added);
    const found: ContractChange[] = [];
    const push = (change: Omit<ContractChange, 'where' | 'pointer' | 'source' | 'details'>): void => {
      found.push({ ...change, where: after.label, pointer: after.pointer, details, source: 'field-inventory' });
    };
    const request = after.direction === 'request';
    for (const field of removed) {
      push({
        classification: 'breaking',
        rule: request ? 'request-field-removed' : 'response-field-removed',
        message: request
          ? `field \`${field}\` was removed: request bodies are closed, so a body that still sends it is refused`
          : `field \`${field}\` is no longer sent: consumers that read it lose it`,
      });
    }
    for (const [field, marks] of newFields) {
      const old: FieldMarks | undefined = oldFields.get(field);
      if (!old) continue;
      if (request && old.writeOnly && !marks.writeOnly) {
        push({ classification: 'breaking', rule: 'write-only-lost', message: `field \`${field}\` is no longer write-only: a secret that may be returned is no longer a secret` });
      }
      if (request && marks.readOnly && !old.readOnly) {
        push({ classification: 'breaking', rule: 'read-only-gained', message: `field \`${field}\` became read-only: clients that send it are no longer heard` });
      }
    }
    if (!request) {
      for (const field of added.filter((path) => this.writeOnlyNames.has(fieldName(path)))) {
        push({
          classification: 'breaking',
          rule: 'secret-in-response',
          message: `field \`${field}\` appears in what consumers read, named like a write-only secret: secrets are accepted in requests and never returned`,
        });
      }
    }
    this.changes.push(...found);
    return found;
  }
}

const ORDER: Record<Classification, number> = { breaking: 0, unclassified: 1, compatible: 2 };

/**
 * Compares two bundled OpenAPI 3.1 documents and classifies every change under the compatibility policy.
 * The documents are not modified. Throws `ContractInputError` for a document it cannot read.
 * @example
 * import { diffContracts } from 'webhooks-contract/compat';
 * const report = diffContracts(oldSpec, newSpec);
 * if (report.counts.breaking > 0 && !report.version.majorBump) process.exitCode = 1;
 */
export function diffContracts(oldDocument: unknown, newDocument: unknown, options: DiffOptions = {}): ContractDiff {
  const before = checkDocument(oldDocument, 'old');
  const after = checkDocument(newDocument, 'new');
  const structural = structuralChanges(before, after);
  const oldPositions = new Map(schemaPositions(before).map((position) => [position.key, position]));
  const newPositions = new Map(schemaPositions(after).map((position) => [position.key, position]));
  const writeOnlyNames = new Set<string>();
  for (const [document, positions] of [[before, oldPositions], [after, newPositions]] as const) {
    for (const position of positions.values()) {
      if (position.kind !== 'request-body') continue;
      for (const [field, marks] of fieldInventory(document, position.schema)) if (marks.writeOnly) writeOnlyNames.add(fieldName(field));
    }
  }
  const comparison = new Comparison(before, after, writeOnlyNames, options.samples);
  for (const [key, newPosition] of newPositions) {
    const oldPosition = oldPositions.get(key);
    if (oldPosition) comparison.position(oldPosition, newPosition);
  }
  const changes = [...structural, ...comparison.changes, ...policyChanges(before, after)].sort(
    (a, b) => ORDER[a.classification] - ORDER[b.classification] || a.where.localeCompare(b.where) || a.pointer.localeCompare(b.pointer),
  );
  const counts: Record<Classification, number> = { breaking: 0, compatible: 0, unclassified: 0 };
  for (const change of changes) counts[change.classification] += 1;
  return { changes, counts, version: versionChange(before, after) };
}
