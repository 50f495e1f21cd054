/**
 * Only a sealed store reaches the sender: a raw one would write secrets to disk as they came, and the
 * compiler would not see it otherwise (an outbox's methods are compared loosely).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { SealedStore } from '../../src/server/sealed-store.js';
import { sealStore } from '../../src/server/sealed-store.js';
import type { SenderSettings } from '../../src/server/sender.js';
import type { Store } from '../../src/store/contract.js';
import type { SecretsBox } from '../../src/server/secrets-box.js';

declare const raw: Store;
declare const box: SecretsBox;

describe('the sender takes a sealed store only', () => {
  it('accepts what sealStore returns', () => {
    expectTypeOf(sealStore(raw, box)).toMatchTypeOf<SenderSettings['store']>();
    expectTypeOf(sealStore(raw, box)).toMatchTypeOf<Store>();
  });

  it('refuses a raw store', () => {
    expectTypeOf(raw).not.toMatchTypeOf<SealedStore>();
    // @ts-expect-error a store that sealStore did not wrap
    const settings: Pick<SenderSettings, 'store'> = { store: raw };
    void settings;
  });
});
