/**
 * Applies an update (PATCH) body to a stored webhook configuration and checks the OIDC rules on the
 * result, as the contract requires: the rules hold for the resulting webhook, not only for the patch.
 * @module
 */
import type { WebhookCreate } from '../types.js';
import type { ValidationIssue } from './messages.js';
import { validateWebhookCreate, validateWebhookUpdate, type ValidationResult } from './validate.js';

/**
 * What a server stores of a webhook: the create fields (secrets included), `disabled_at`, and why it was
 * disabled (`disabled_reason`, the server's words).
 */
export type WebhookConfig = WebhookCreate & { disabled_at?: string | null; disabled_reason?: string | null };

const OIDC_FIELD = /^oidc_/;

/**
 * Merges `patch` into `current` with the contract's update rules, and validates the result.
 * `null` removes a value; `oidc_auth_method: null` removes the whole OIDC configuration; switching to
 * `private_key_jwt` discards a stored client secret. `current` is not changed.
 * @example
 * const result = applyWebhookUpdate(stored, await request.json());
 * if (!result.ok) return reply.code(422).send(toValidationProblem(result.errors));
 * save(result.value);
 */
export function applyWebhookUpdate(current: WebhookConfig, patch: unknown): ValidationResult<WebhookConfig> {
  const checked = validateWebhookUpdate(patch);
  if (!checked.ok) return checked;
  const merged: Record<string, unknown> = { ...current };
  const changes = checked.value as Record<string, unknown>;
  if (changes.oidc_auth_method === null) {
    for (const field of Object.keys(merged)) if (OIDC_FIELD.test(field)) delete merged[field];
  }
  if (changes.oidc_auth_method === 'private_key_jwt') delete merged.oidc_client_secret;
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  // a patch that disables or re-enables the webhook replaces the reason it was disabled for; the server says the new one
  if ('disabled_at' in changes) delete merged.disabled_reason;
  const { disabled_at: disabledAt, disabled_reason: disabledReason, ...configuration } = merged;
  const result = validateWebhookCreate(configuration);
  if (!result.ok) return { ok: false, errors: result.errors.map(explainAsResult) };
  return {
    ok: true,
    value: {
      ...result.value,
      ...(disabledAt === undefined ? {} : { disabled_at: disabledAt as string }),
      ...(disabledReason === undefined || disabledAt === undefined ? {} : { disabled_reason: disabledReason as string }),
    },
  };
}

/** Errors on the merged webhook are about the webhook after the update; say so. */
function explainAsResult(issue: ValidationIssue): ValidationIssue {
  return { pointer: issue.pointer, message: `${issue.message} (after this update)` };
}
