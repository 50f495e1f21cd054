/**
 * The store-neutral names of the sealed values a store keeps: where each is (`SealedRef`), a page of them,
 * and a compare-and-set replacement. What they mean, and how they are sealed, is the layer above's.
 * @module
 */

/** Where a sealed value is kept: what the sealing layer binds it to, and what `replaceSealed` names. */
export type SealedRef =
  | { kind: 'webhook'; accountId: string; id: string; field: 'secret' | 'oidc_client_secret' }
  | { kind: 'signing-key'; kid: string }
  | { kind: 'idempotency'; accountId: string; key: string }
  | { kind: 'server-secret'; name: string };

/** The kinds of sealed value a store keeps. */
export type SealedKind = SealedRef['kind'];
/** Every kind, in the order re-sealing goes through them. */
export const SEALED_KINDS: readonly SealedKind[] = ['webhook', 'signing-key', 'idempotency', 'server-secret'];

/** A sealed value and where it is kept. */
export interface SealedValue {
  ref: SealedRef;
  value: string;
}

/** A page of `sealedValues`. */
export interface SealedPage {
  values: SealedValue[];
  /** where the next page starts; absent on the last page */
  next?: string;
}

/** A sealed value to replace, if it still reads `from`. */
export interface SealedChange {
  ref: SealedRef;
  from: string;
  to: string;
}
