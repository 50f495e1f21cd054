/**
 * Authentication and method probes. Every authenticated operation is called without a token, with
 * another scheme, with an empty token and (against a real server) with a wrong key: each must be a 401
 * (under the sandbox profile a made-up key is a new account instead, answered as one),
 * before any body is looked at. Id paths use an id no webhook has, so a server that ignores the key
 * answers 404 and changes nothing. Every path is called with each method it does not document: a 405
 * with an Allow header listing the documented methods.
 * @module
 */
import fc from 'fast-check';
import { genericValidParts } from '../engine/valid-parts.js';
import { requestExamples, routeOf } from '../inputs.js';
import type { OperationContract, OperationId } from '../response-contract.js';
import { buildRequest, type Credential } from '../requests.js';
import { contractOf, fixedCase, inParallel, sendTo, type RunContext } from '../run-context.js';
import type { CaseRun } from '../session.js';
import { fail, pass, type Expectation } from '../verdict.js';

/** The methods probed on each path. */
const PROBED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Methods a server may list in Allow beyond the documented ones. */
const IMPLICIT_METHODS = new Set(['HEAD', 'OPTIONS']);

function seededUuid(seed: number, salt: string): string {
  return fc.sample(fc.uuid(), { numRuns: 1, seed: seed ^ [...salt].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7) })[0]!;
}

interface AuthProbe {
  credential: Credential;
  label: string;
  expect: Expectation;
  invalidBody?: boolean;
  /** the sandbox profile's made-up account: its list must not show the --api-key account's webhooks */
  madeUpAccount?: boolean;
}

function authProbes(context: RunContext, contract: OperationContract): AuthProbe[] {
  const probes: AuthProbe[] = [
    {
      credential: 'none',
      label: 'send it without an Authorization header',
      expect: { check: 'missing_required_header', statuses: [401], why: 'the request has no Authorization header', rule: `${contract.operationId} security missing` },
    },
    {
      credential: 'none',
      invalidBody: true,
      label: 'send an invalid body without an Authorization header',
      expect: { check: 'missing_required_header', statuses: [401], why: 'the request has no Authorization header (its body is invalid too, and the key is checked first)', rule: `${contract.operationId} security missing` },
    },
    {
      credential: { authorization: 'Basic dXNlcjpwYXNzd29yZA==' },
      label: 'send it with Basic credentials',
      expect: { check: 'ignored_auth', statuses: [401], why: 'the request authenticates with the Basic scheme, not a Bearer API key', rule: `${contract.operationId} security other-scheme` },
    },
    {
      credential: { authorization: 'Bearer' },
      label: 'send it with an empty Bearer token',
      expect: { check: 'ignored_auth', statuses: [401], why: 'the Authorization header has the Bearer scheme but no token', rule: `${contract.operationId} security empty` },
    },
  ];
  // RFC 9110, section 11.1: the scheme is case-insensitive and one or more spaces may follow it; no other spelling is a credential
  const writes = contract.method !== 'GET';
  if (context.readOnly && writes) context.session.coverage.notExercised(`${contract.operationId} security spelling-allowed`, 'its case is a valid request that writes, which a read-only run does not send');
  probes.push(
    {
      credential: { spelling: 'bearer {key}' },
      label: 'send it with the API key, the scheme written in lower case',
      // a stateless server (a mock) cannot know that the probe's id names no webhook
      expect: { check: 'positive_data_acceptance', statuses: context.session.stateful || !contract.path.includes('{') ? madeUpAccountStatuses(contract) : [...successStatuses(contract), 404], why: 'the auth-scheme is case-insensitive (RFC 9110, section 11.1): "bearer" is "Bearer"', rule: `${contract.operationId} security spelling-allowed` },
    },
    {
      credential: { spelling: 'Bearer:{key}' },
      label: 'send it with the API key after "Bearer:" instead of a space',
      expect: { check: 'ignored_auth', statuses: [401], why: 'RFC 9110 separates the scheme from the token with spaces, so "Bearer:<key>" is no Bearer credential', rule: `${contract.operationId} security spelling-refused` },
    },
  );
  if (context.readOnly && writes) probes.splice(probes.length - 2, 1);
  if (context.session.stateful) {
    const credential = { authorization: `Bearer wrong-${seededUuid(context.seed, 'wrong-key')}` };
    probes.push(
      context.profile.anyTokenIsAnAccount
        ? {
            credential,
            label: 'send it with a made-up API key, which a sandbox takes as a new account',
            madeUpAccount: true,
            expect: { check: 'ignored_auth', statuses: madeUpAccountStatuses(contract), why: MADE_UP_ACCOUNT_WHY },
          }
        : { credential, label: 'send it with a wrong API key', expect: { check: 'ignored_auth', statuses: [401], why: MADE_UP_KEY_WHY, rule: `${contract.operationId} security unknown` } },
    );
    if (context.profile.anyTokenIsAnAccount) context.session.coverage.notApplicable(`${contract.operationId} security unknown`, 'the sandbox profile takes any token as an account of its own');
  } else {
    context.session.coverage.notExercised(`${contract.operationId} security unknown`, 'a stateless run cannot tell a key the server issued from one it did not');
  }
  return probes;
}

/** Why a made-up key must be a 401 (the default profile); the run's notes look for these words. */
export const MADE_UP_KEY_WHY = 'the API key is not one the server issued';
/** Why a made-up key must be answered as an account of its own (the sandbox profile). */
const MADE_UP_ACCOUNT_WHY = 'the sandbox profile expects a made-up API key to be a new account of its own (any token is an account), answered as one that has no such webhook';

/** What a new, empty account gets: the operation's success for a list or a create, 404 for an id it does not have. */
function madeUpAccountStatuses(contract: OperationContract): number[] {
  return contract.path.includes('{') ? [404] : successStatuses(contract);
}

/** The same value for every path parameter of a template (`{id}`, or any name another document gives). */
function everySegment(template: string, value: string): Record<string, string> {
  return Object.fromEntries([...template.matchAll(/\{([^}]+)\}/g)].map((match) => [match[1]!, value]));
}

/**
 * The path parameters a probe sends: this API's id for each, or, for another document's operation, values
 * generated from its parameters' schemas (an id that breaks their pattern would be refused before the key is).
 */
function probedPath(context: RunContext, contract: OperationContract, id: string): Record<string, string> {
  if (!contract.precompiled) return genericValidParts(context.spec, contract, context.seed).path ?? {};
  return everySegment(contract.path, id);
}

/** The 2xx statuses an operation documents. */
function successStatuses(contract: OperationContract): number[] {
  return [...contract.responses.keys()].filter((status) => /^2\d\d$/.test(status)).map(Number);
}

async function probeAuth(context: RunContext, contract: OperationContract, validBody: Record<string, unknown>): Promise<void> {
  const { operationId } = contract;
  const id = seededUuid(context.seed, `auth:${operationId}`);
  if (!routeOf(operationId, context.spec).authenticated) {
    await fixedCase(context, operationId, async (run) => {
      await sendTo(context, run, operationId, { credential: 'none' }, 'call it without an Authorization header', {
        check: 'positive_data_acceptance',
        statuses: [200],
        why: 'the operation is public (security: []), so it needs no API key',
        rule: `${operationId} security public`,
      });
    });
    return;
  }
  const tasks = authProbes(context, contract)
    .filter((probe) => !probe.invalidBody || contract.requestSchema !== undefined)
    .map((probe) => () =>
      fixedCase(context, operationId, async (run) => {
      const body = contract.requestSchema === undefined ? undefined : { json: probe.invalidBody ? { unknown_field: true } : validBody };
      const answer = await sendTo(context, run, operationId, { path: probedPath(context, contract, id), credential: probe.credential, ...(body === undefined ? {} : { body }) }, probe.label, probe.expect);
      const created = answer.status === 201 && typeof answer.json === 'object' && answer.json !== null ? (answer.json as { id?: unknown }).id : undefined;
      // a made-up account's webhook cannot be deleted with --api-key; a sandbox forgets it with its account
      if (typeof created === 'string' && probe.madeUpAccount !== true && contract.precompiled) context.session.created.set(created, 'api-key');
      if (probe.madeUpAccount === true && answer.status === 200) judgeMadeUpList(context, run, operationId, answer.json);
      }),
    );
  await inParallel(context, tasks);
}

/** A made-up account's list must hold none of the webhooks the run made with --api-key: it is another account. */
function judgeMadeUpList(context: RunContext, run: CaseRun, operationId: OperationId, json: unknown): void {
  const data = typeof json === 'object' && json !== null && Array.isArray((json as { data?: unknown }).data) ? ((json as { data: unknown[] }).data as { id?: unknown }[]) : [];
  const ours = new Set([...context.session.created].filter(([, credential]) => credential === 'api-key').map(([id]) => id));
  const seen = data.filter((webhook) => typeof webhook.id === 'string' && ours.has(webhook.id));
  run.judge(
    seen.length === 0
      ? pass('ignored_auth', operationId)
      : fail('ignored_auth', operationId, `A made-up API key was answered with ${seen.length} webhook${seen.length === 1 ? '' : 's'} of the --api-key account; a new account of its own must see none of them.`, 'made-up-account-sees-another'),
  );
}

async function probeMethods(context: RunContext, path: string, documented: OperationContract[]): Promise<void> {
  const [first] = documented;
  const allowed = documented.map((contract) => contract.method);
  const id = seededUuid(context.seed, `methods:${path}`);
  const tasks = PROBED_METHODS.filter((candidate) => !allowed.includes(candidate)).map((method) => () =>
    fixedCase(context, first!.operationId, async (run) => {
      const withBody = method !== 'GET' && method !== 'DELETE';
      const answer = await run.send({
        operationId: first!.operationId,
        label: `call ${path} with ${method}, which it does not document`,
        probe: true,
        request: buildRequest(context.session, first!, { path: probedPath(context, first!, id), ...(withBody ? { body: { json: {} } } : {}) }, method),
      });
      if (answer.status === 0) return;
      const listed = (answer.headers.get('allow') ?? '').split(',').map((item) => item.trim().toUpperCase()).filter((item) => item !== '');
      const missing = allowed.filter((item) => !listed.includes(item));
      const extra = listed.filter((item) => !allowed.includes(item) && !IMPLICIT_METHODS.has(item));
      const problems = [
        ...(answer.status === 405 ? [] : [`the server answered ${answer.status}, not 405 Method Not Allowed`]),
        ...(answer.headers.has('allow') ? [] : ['the Allow header is missing']),
        ...(missing.length > 0 && answer.headers.has('allow') ? [`Allow does not list ${missing.join(', ')}`] : []),
        ...(extra.length > 0 ? [`Allow lists ${extra.join(', ')}, which ${path} does not document`] : []),
      ];
      run.judge(
        problems.length === 0
          ? pass('unsupported_method', first!.operationId)
          : fail('unsupported_method', first!.operationId, `${method} ${path} is not documented, but ${problems[0]}; the contract expects 405 with Allow: ${allowed.join(', ')}.`, `${answer.status}:${problems[0]!.replace(/\d{3}/, '#')}`, problems.slice(1)),
      );
    }),
  );
  await inParallel(context, tasks);
}

/** Runs the authentication and method probes of the selected operations. */
export async function runProbes(context: RunContext): Promise<void> {
  const validBody = requestExamples(contractOf(context, 'createWebhook'), context.seed)[0]!.body;
  const byPath = new Map<string, OperationContract[]>();
  for (const contract of context.session.contracts.values()) byPath.set(contract.path, [...(byPath.get(contract.path) ?? []), contract]);
  for (const operationId of context.selected) {
    const contract = contractOf(context, operationId);
    const own = contract.precompiled ? undefined : genericValidParts(context.spec, contract, context.seed).body;
    const body = own !== undefined && 'json' in own ? (own.json as Record<string, unknown>) : contract.requestBody === 'WebhookUpdate' ? (requestExamples(contract, context.seed)[0]?.body ?? {}) : validBody;
    await probeAuth(context, contract, body);
  }
  for (const [path, documented] of byPath) {
    if (!documented.some((contract) => context.selected.has(contract.operationId as OperationId))) continue;
    await probeMethods(context, path, documented);
  }
}
