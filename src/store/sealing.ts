/**
 * What every store shares about the values it seals and the times it compares: the context each sealed
 * value is bound to (so that a value moved to another row does not open), and an RFC 3339 instant in
 * milliseconds. A store seals with these, so that a database moved between stores keeps opening.
 * @module
 */

/** The context a webhook's secret (or OIDC client secret) is sealed for. */
export const secretContext = (accountId: string, id: string, field: 'secret' | 'oidc_client_secret') => `webhook/${accountId}/${id}/${field}`;
/** The context a signing key's private key is sealed for. */
export const signingKeyContext = (kid: string) => `signing-key/${kid}`;
/** The context an Idempotency-Key's kept answer is sealed for. */
export const idempotencyContext = (accountId: string, key: string) => `idempotency/${accountId}/${key}`;
/** The context a named server secret is sealed for. */
export const serverSecretContext = (name: string) => `server-secret/${name}`;

/**
 * The milliseconds of an RFC 3339 date-time, for comparisons; a leap second (`…:59:60`) counts as the
 * second after it, which is what a clock without leap seconds shows at that moment.
 */
export function instantOf(dateTime: string): number {
  const parsed = Date.parse(dateTime);
  if (!Number.isNaN(parsed)) return parsed;
  const leap = /^(.*T\d\d:\d\d:)60(.*)$/.exec(dateTime);
  if (leap) return Date.parse(`${leap[1]}59${leap[2]}`) + 1000;
  throw new RangeError('not an RFC 3339 date-time');
}
