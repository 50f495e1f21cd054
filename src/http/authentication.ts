/**
 * The pipeline's authentication hook point: every program checks a route's credentials at the same
 * stage (after the route, before Accept) and refuses alike (401 with a Bearer challenge, the reason in
 * words, never the header's value); what a credential means is the program's own hook: the mock takes
 * any well-formed bearer token, the reference server its API keys, the sandbox any token as an account.
 * @module
 */
import type { SpecRoute } from '../spec/routes.js';
import { parseBearerAuthorization } from '../validation/http-syntax.js';
import { unauthorized, type Problem, type UnauthorizedReason } from '../validation/problem.js';

/** What a hook made of a request's credentials. */
export type Authentication =
  /** `keyId` names the credential (never the key itself): what a rate limit counts by */
  | { ok: true; accountId: string; keyId: string }
  | { ok: false; reason: UnauthorizedReason };

/** Decides which account the `Authorization` values sent (every one of them) belong to. */
export type AuthenticationHook = (authorization: readonly string[] | undefined) => Authentication;

/**
 * The mock's hook: any well-formed bearer token is an account (the mock keeps nothing per account).
 * @example
 * anyBearerToken(['Bearer test-key']) // { ok: true, accountId: 'mock', keyId: 'mock' }
 */
export const anyBearerToken: AuthenticationHook = (authorization) => {
  const credentials = parseBearerAuthorization(authorization);
  return credentials.ok ? { ok: true, accountId: 'mock', keyId: 'mock' } : credentials;
};

/**
 * The authentication stage: nothing to check on a public route (`authentication: undefined`), the 401 to
 * answer, or what the hook said.
 * @example
 * const stage = authenticateRoute(route, instance, request.headersDistinct.authorization, hook);
 * if ('problem' in stage) return answer(stage.problem);
 */
export function authenticateRoute(
  route: Pick<SpecRoute, 'authenticated'>,
  instance: string,
  authorization: readonly string[] | undefined,
  hook: AuthenticationHook,
): { authentication: Extract<Authentication, { ok: true }> | undefined } | { problem: Problem } {
  if (!route.authenticated) return { authentication: undefined };
  const authentication = hook(authorization);
  return authentication.ok ? { authentication } : { problem: unauthorized(instance, authentication.reason) };
}
