/**
 * The API-key authenticator remembers the headers that authenticated: what it answers must not change,
 * for a key seen before, a near miss after it, a header sent twice, or a flood of invented keys.
 */
import { describe, expect, it } from 'vitest';
import { apiKeyAuthenticator } from '../../src/server/auth.js';

const ACME_KEY = 'sk_test_acme_0123456789abcdef';
const GLOBEX_KEY = 'sk_test_globex_0123456789abcd';

describe('apiKeyAuthenticator', () => {
  const authenticate = () => apiKeyAuthenticator(new Map([[ACME_KEY, 'acme'], [GLOBEX_KEY, 'globex']]));

  it('answers a key seen before as the first time, as a string or as the one value sent', () => {
    const check = authenticate();
    const first = check(`Bearer ${ACME_KEY}`);
    expect(first).toEqual({ ok: true, accountId: 'acme', keyId: 'key-1' });
    expect(check(`Bearer ${ACME_KEY}`)).toEqual(first);
    expect(check([`Bearer ${ACME_KEY}`])).toEqual(first);
    expect(check(`bearer ${GLOBEX_KEY}`)).toEqual({ ok: true, accountId: 'globex', keyId: 'key-2' });
  });

  it('refuses a near miss of a key seen before, and the same header sent twice', () => {
    const check = authenticate();
    check(`Bearer ${ACME_KEY}`);
    expect(check(`Bearer ${ACME_KEY.slice(0, -1)}x`)).toEqual({ ok: false, reason: 'unknown' });
    expect(check(`Bearer ${ACME_KEY}x`)).toEqual({ ok: false, reason: 'unknown' });
    expect(check([`Bearer ${ACME_KEY}`, `Bearer ${ACME_KEY}`])).toEqual({ ok: false, reason: 'repeated' });
  });

  it('still knows every key after a flood of invented ones', () => {
    const check = authenticate();
    for (let i = 0; i < 1000; i++) expect(check(`Bearer sk_test_invented_${i}_0123456789`)).toEqual({ ok: false, reason: 'unknown' });
    expect(check(`Bearer ${GLOBEX_KEY}`)).toEqual({ ok: true, accountId: 'globex', keyId: 'key-2' });
  });
});
