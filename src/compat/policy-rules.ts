/**
 * Rules of the compatibility policy that api-smart-diff does not have: effective security of each
 * operation and delivery, security schemes, and the statuses receivers answer deliveries with.
 * @module
 */
import { specOperations, type SpecOperationRef } from './positions.js';
import { canonicalJson, isObject, pointerOf, type Json } from './schema-walk.js';
import type { ContractChange } from './types.js';

type Requirement = Map<string, string[]>;

function requirements(document: Json, operation: Json): Requirement[] {
  const raw = Array.isArray(operation.security) ? operation.security : Array.isArray(document.security) ? document.security : [];
  // no requirement at all (`security: []`) is one alternative that asks for nothing
  return (raw.length === 0 ? [{}] : raw)
    .filter(isObject).map((entry) => new Map(Object.entries(entry).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String) : []])));
}

/** True when a client able to meet `have` also meets `need` (same schemes, no more scopes). */
function satisfies(have: Requirement, need: Requirement): boolean {
  return [...need].every(([scheme, scopes]) => have.has(scheme) && scopes.every((scope) => have.get(scheme)!.includes(scope)));
}

function describe(requirement: Requirement): string {
  return requirement.size === 0 ? 'no credential' : [...requirement.keys()].join(' + ');
}

function policyChange(partial: Omit<ContractChange, 'source'>): ContractChange {
  return { ...partial, source: 'policy' };
}

function byKey(document: Json): Map<string, SpecOperationRef> {
  return new Map(specOperations(document).map((op) => [op.key, op]));
}

/** Operations that now ask a client for a credential it could call them without before, and the reverse. */
function operationSecurity(oldDocument: Json, newDocument: Json, oldOps: Map<string, SpecOperationRef>, newOps: Map<string, SpecOperationRef>): ContractChange[] {
  const changes: ContractChange[] = [];
  for (const [key, newOp] of newOps) {
    const oldOp = oldOps.get(key);
    if (!oldOp || newOp.isEvent) continue;
    const before = requirements(oldDocument, oldOp.operation);
    const after = requirements(newDocument, newOp.operation);
    if (canonicalJson(before.map((entry) => Object.fromEntries(entry))) === canonicalJson(after.map((entry) => Object.fromEntries(entry)))) continue;
    // a client that met one of the old alternatives must still meet one of the new ones
    const stranded = before.find((have) => !after.some((need) => satisfies(have, need)));
    changes.push(
      policyChange({
        classification: stranded ? 'breaking' : 'compatible',
        rule: 'operation-security',
        where: newOp.label,
        pointer: `${newOp.pointer}/security`,
        message: stranded
          ? `now asks for ${after.map(describe).join(' or ')}: a client calling it with ${describe(stranded)} is refused`
          : `now accepts ${after.map(describe).join(' or ')} (before: ${before.map(describe).join(' or ')}); every client that could call it still can`,
      }),
    );
  }
  return changes;
}

/** Deliveries that may no longer carry a credential receivers check (the OIDC access token). */
function deliverySecurity(oldOps: Map<string, SpecOperationRef>, newOps: Map<string, SpecOperationRef>): ContractChange[] {
  const changes: ContractChange[] = [];
  const schemesOf = (op: SpecOperationRef): Set<string> =>
    new Set((Array.isArray(op.operation.security) ? op.operation.security : []).filter(isObject).flatMap((entry) => Object.keys(entry)));
  for (const [key, newOp] of newOps) {
    const oldOp = oldOps.get(key);
    if (!oldOp || !newOp.isEvent) continue;
    const before = schemesOf(oldOp);
    const after = schemesOf(newOp);
    for (const scheme of before) {
      if (after.has(scheme)) continue;
      changes.push(
        policyChange({
          classification: 'breaking',
          rule: 'delivery-credential-removed',
          where: newOp.label,
          pointer: `${newOp.pointer}/security`,
          message: `deliveries no longer carry ${scheme}: receivers that check it refuse every delivery`,
        }),
      );
    }
    for (const scheme of after) {
      if (before.has(scheme)) continue;
      changes.push(
        policyChange({
          classification: 'compatible',
          rule: 'delivery-credential-added',
          where: newOp.label,
          pointer: `${newOp.pointer}/security`,
          message: `deliveries may now carry ${scheme}`,
        }),
      );
    }
  }
  return changes;
}

/** What a security scheme asks of a client; its description is documentation. */
const SCHEME_FIELDS = ['type', 'scheme', 'in', 'name', 'bearerFormat', 'openIdConnectUrl', 'flows'];

function securitySchemes(oldDocument: Json, newDocument: Json): ContractChange[] {
  const schemes = (document: Json): Json => {
    const components = isObject(document.components) ? document.components : {};
    return isObject(components.securitySchemes) ? components.securitySchemes : {};
  };
  const before = schemes(oldDocument);
  const after = schemes(newDocument);
  const changes: ContractChange[] = [];
  for (const [name, oldScheme] of Object.entries(before)) {
    const pointer = pointerOf(['components', 'securitySchemes', name]);
    const newScheme = after[name];
    if (newScheme === undefined) {
      changes.push(policyChange({ classification: 'breaking', rule: 'security-scheme-removed', where: `security scheme ${name}`, pointer, message: 'the security scheme was removed' }));
      continue;
    }
    const asked = (scheme: unknown): string =>
      canonicalJson(isObject(scheme) ? Object.fromEntries(SCHEME_FIELDS.filter((field) => field in scheme).map((field) => [field, scheme[field]])) : scheme);
    if (asked(oldScheme) !== asked(newScheme)) {
      changes.push(
        policyChange({
          classification: 'breaking',
          rule: 'security-scheme-changed',
          where: `security scheme ${name}`,
          pointer,
          message: `what the scheme asks of clients changed (${asked(oldScheme)} → ${asked(newScheme)}): credentials sent the old way are refused`,
        }),
      );
    }
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) {
      changes.push(
        policyChange({ classification: 'compatible', rule: 'security-scheme-added', where: `security scheme ${name}`, pointer: pointerOf(['components', 'securitySchemes', name]), message: 'a new security scheme' }),
      );
    }
  }
  return changes;
}

/** The statuses receivers answer deliveries with: a status range the platform stops honouring breaks them. */
function receiverAnswers(oldOps: Map<string, SpecOperationRef>, newOps: Map<string, SpecOperationRef>): ContractChange[] {
  const changes: ContractChange[] = [];
  for (const [key, newOp] of newOps) {
    const oldOp = oldOps.get(key);
    if (!oldOp || !newOp.isEvent) continue;
    const statuses = (op: SpecOperationRef): string[] => Object.keys(isObject(op.operation.responses) ? op.operation.responses : {});
    const before = statuses(oldOp);
    const after = statuses(newOp);
    for (const status of before.filter((status) => !after.includes(status))) {
      changes.push(
        policyChange({
          classification: 'breaking',
          rule: 'receiver-answer-removed',
          where: `${newOp.label} receiver answer ${status}`,
          pointer: `${oldOp.pointer}/responses/${status}`,
          message: `receivers' answer ${status} is no longer described: receivers that answer it no longer know what the platform does with it`,
        }),
      );
    }
    for (const status of after.filter((status) => !before.includes(status))) {
      changes.push(
        policyChange({
          classification: 'compatible',
          rule: 'receiver-answer-added',
          where: `${newOp.label} receiver answer ${status}`,
          pointer: `${newOp.pointer}/responses/${status}`,
          message: `receivers may now answer ${status}`,
        }),
      );
    }
  }
  return changes;
}

/** Every change these rules find between two versions. */
export function policyChanges(oldDocument: Json, newDocument: Json): ContractChange[] {
  const oldOps = byKey(oldDocument);
  const newOps = byKey(newDocument);
  return [
    ...operationSecurity(oldDocument, newDocument, oldOps, newOps),
    ...deliverySecurity(oldOps, newOps),
    ...securitySchemes(oldDocument, newDocument),
    ...receiverAnswers(oldOps, newOps),
  ];
}
