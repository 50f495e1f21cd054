/**
 * Encryption at rest for what the server must keep secret (a webhook's `secret` and `oidc_client_secret`,
 * the platform's private signing keys): AES-256-GCM under SECRETS_KEY, with the key's id in every
 * ciphertext, so that a new key can take over while older ciphertexts are still read with the previous one.
 * @module
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SecretsKeyError } from './errors.js';

/** The size of SECRETS_KEY, in bytes (AES-256). */
export const SECRETS_KEY_BYTES = 32;

/** The first field of every sealed value; a new format gets a new tag. */
const FORMAT = 'v1';
/** bytes; the size GCM is designed for */
const IV_BYTES = 12;
/** bytes; GCM's full tag */
const TAG_BYTES = 16;

/** Random bytes drawn ahead for IVs (a CSPRNG call per 4 KiB instead of per value sealed). */
const IV_POOL_BYTES = 4096;
let ivPool = Buffer.alloc(0);
let ivOffset = 0;

/** 12 fresh random bytes: a GCM IV is drawn at random for each value, from a pool filled by the CSPRNG. */
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivPool.length) {
    ivPool = randomBytes(IV_POOL_BYTES);
    ivOffset = 0;
  }
  const iv = Buffer.from(ivPool.subarray(ivOffset, ivOffset + IV_BYTES));
  // each IV is used once: overwrite its bytes in the pool
  ivPool.fill(0, ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** How to make a key, quoted in messages. */
export const MAKE_SECRETS_KEY_HINT = 'openssl rand -base64 32';

/**
 * Reads a SECRETS_KEY value: 32 bytes as 64 hex digits, or as base64 / base64url. The message of a bad
 * value says what is expected and never quotes the value.
 * @example
 * parseSecretsKey(randomBytes(32).toString('base64')).length // 32
 */
export function parseSecretsKey(text: string, name = 'SECRETS_KEY'): Buffer {
  const value = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(value)) key = Buffer.from(value, 'hex');
  else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) key = Buffer.from(value.replace(/=+$/, ''), 'base64url');
  if (key?.length !== SECRETS_KEY_BYTES) {
    throw new SecretsKeyError(
      `${name} must be ${SECRETS_KEY_BYTES} random bytes, written as 64 hex digits or as base64 (make one with: ${MAKE_SECRETS_KEY_HINT}); the value given is not (${value.length} characters)`,
    );
  }
  return key;
}

/**
 * A new random SECRETS_KEY, in base64.
 * @example
 * process.env.SECRETS_KEY ??= generateSecretsKey();
 */
export function generateSecretsKey(): string {
  return randomBytes(SECRETS_KEY_BYTES).toString('base64');
}

/**
 * The public id of a key: 8 characters derived from it, written into every value it seals, so that an
 * error can say which key a stored value needs without revealing anything about the key.
 * @example
 * secretsKeyId(parseSecretsKey(process.env.SECRETS_KEY!)) // 'Jq3x9_aZ'
 */
export function secretsKeyId(key: Buffer): string {
  return createHash('sha256').update('webhooks-contract secrets key id\0').update(key).digest('base64url').slice(0, 8);
}

/**
 * Seals and opens secrets with AES-256-GCM. A sealed value reads `v1.<key id>.<iv>.<ciphertext and tag>`
 * (base64url), and is bound to a context (such as `webhook/<account>/<id>/secret`), so that a value moved to
 * another row or field no longer opens.
 * @example
 * const box = new SecretsBox(parseSecretsKey(process.env.SECRETS_KEY!));
 * const sealed = box.seal('whsec_…', 'webhook/acct_1/3f0c…/secret');
 * box.open(sealed, 'webhook/acct_1/3f0c…/secret'); // 'whsec_…'
 */
export class SecretsBox {
  /** the id of the key new values are sealed with */
  readonly keyId: string;
  readonly #current: Buffer;
  readonly #keys = new Map<string, Buffer>();

  /** `current` seals; `previous` keys only open values sealed before a rotation. */
  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    if (current.length !== SECRETS_KEY_BYTES) throw new SecretsKeyError(`a secrets key must be ${SECRETS_KEY_BYTES} bytes`);
    this.#current = current;
    this.keyId = secretsKeyId(current);
    for (const key of [current, ...previous]) {
      if (key.length !== SECRETS_KEY_BYTES) throw new SecretsKeyError(`a secrets key must be ${SECRETS_KEY_BYTES} bytes`);
      this.#keys.set(secretsKeyId(key), key);
    }
  }

  /** A box with a new random key, for a sandbox whose data ends with the process. */
  static ephemeral(): SecretsBox {
    return new SecretsBox(randomBytes(SECRETS_KEY_BYTES));
  }

  /** Encrypts `plaintext` for `context`. */
  seal(plaintext: string, context: string): string {
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', this.#current, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${FORMAT}.${this.keyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  /** Decrypts a value sealed for `context`; throws SecretsKeyError when no key of this box opens it. */
  open(sealed: string, context: string): string {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== FORMAT) throw new SecretsKeyError(`a stored secret (${context}) is not in the ${FORMAT} format; the database was changed by something else`);
    const [, keyId, iv, body] = parts as [string, string, string, string];
    const key = this.#keys.get(keyId);
    if (key === undefined) throw new SecretsKeyError(missingKeyMessage(keyId, this.keyId));
    const bytes = Buffer.from(body, 'base64url');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretsKeyError(`a stored secret (${context}) does not decrypt with key ${keyId}: it was changed or moved in the database`);
    }
  }

  /** Whether this box holds the key with this id. */
  hasKey(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** The id of the key a sealed value needs; undefined when it is not a sealed value. */
  static keyIdOf(sealed: string): string | undefined {
    const parts = sealed.split('.');
    return parts.length === 4 && parts[0] === FORMAT ? parts[1] : undefined;
  }
}

/** What to tell someone whose SECRETS_KEY cannot open what is stored. */
export function missingKeyMessage(neededKeyId: string, currentKeyId: string | undefined): string {
  const have = currentKeyId === undefined ? 'SECRETS_KEY is not set' : `SECRETS_KEY has id ${currentKeyId}`;
  return (
    `the stored secrets were encrypted with the key whose id is ${neededKeyId}, and ${have}. ` +
    `Set SECRETS_KEY to that key (or, while rotating, set SECRETS_KEY to the new key and SECRETS_KEY_PREVIOUS to that one).`
  );
}
