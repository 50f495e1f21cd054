/**
 * Write-only canaries and the search for them: every secret the runner sends starts with a random core
 * it remembers, and every later response, body and headers, is searched for each core as it is, in base64
 * (standard and URL-safe, at each of the three byte alignments) and in hex. The search costs one scan per
 * encoding for the shared prefix, whatever the number of canaries, so it stays cheap over a long run.
 * @module
 */

/** Every canary starts with this. */
export const CANARY_PREFIX = 'cnry';
/** The letters after the prefix. */
export const CANARY_ALPHABET = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
/** Prefix and random letters: the part that is searched for (36^12 values). */
export const CANARY_CORE_LENGTH = 16;

const CANARY = new RegExp(`${CANARY_PREFIX}[a-z0-9]{${CANARY_CORE_LENGTH - CANARY_PREFIX.length},}`, 'g');

/** One way a secret can be written in a response. */
interface Encoding {
  name: string;
  /** the characters of the encoded core that depend on the core alone */
  encode: (core: string) => string;
}

/** The characters of base64(`k` filler bytes + text) that depend on `text` alone. */
function base64Inner(text: string, k: number, urlSafe: boolean): string {
  const bytes = Buffer.concat([Buffer.alloc(k), Buffer.from(text, 'utf8')]);
  const encoded = bytes.toString(urlSafe ? 'base64url' : 'base64');
  const first = Math.ceil((8 * k) / 6);
  const last = Math.floor((8 * (k + text.length)) / 6);
  return encoded.slice(first, last);
}

const ENCODINGS: Encoding[] = [
  { name: 'as it is', encode: (core) => core },
  { name: 'in hex', encode: (core) => Buffer.from(core, 'utf8').toString('hex') },
  { name: 'in hex (upper case)', encode: (core) => Buffer.from(core, 'utf8').toString('hex').toUpperCase() },
  ...[0, 1, 2].flatMap((k) => [
    { name: 'in base64', encode: (core: string) => base64Inner(core, k, false) },
    { name: 'in base64url', encode: (core: string) => base64Inner(core, k, true) },
  ]),
];

/** Where a canary was found. */
export interface CanaryHit {
  /** the secret as the runner sent it */
  secret: string;
  /** the field it was sent in, such as `oidc_client_secret` */
  field: string;
  /** how it was written: `as it is`, `in base64`, … */
  encoding: string;
}

/**
 * The canaries sent so far in a run, and the search for them.
 * @example
 * const canaries = new CanaryRegistry();
 * canaries.remember('cnry0123456789abxyz', 'secret');
 * canaries.find('{"secret":"cnry0123456789abxyz"}') // { secret: 'cnry0123456789abxyz', field: 'secret', encoding: 'as it is' }
 */
export class CanaryRegistry {
  readonly #sent = new Map<string, { secret: string; field: string }>();
  /** per encoding: the encoded shared prefix, and each encoded core */
  readonly #lookups = ENCODINGS.map((encoding) => ({
    encoding,
    prefix: encoding.encode(CANARY_PREFIX),
    cores: new Map<string, string>(),
    length: 0,
  }));

  /** The canaries in a request body, to remember them with the field they were sent in. */
  static canariesIn(text: string): string[] {
    return text.match(CANARY) ?? [];
  }

  /** Remembers a secret the runner sent (only its core is searched for). */
  remember(secret: string, field: string): void {
    const core = secret.slice(0, CANARY_CORE_LENGTH);
    if (!core.startsWith(CANARY_PREFIX) || core.length < CANARY_CORE_LENGTH || this.#sent.has(core)) return;
    this.#sent.set(core, { secret, field });
    for (const lookup of this.#lookups) {
      const encoded = lookup.encoding.encode(core);
      lookup.cores.set(encoded, core);
      lookup.length = encoded.length;
    }
  }

  /** How many canaries were sent. */
  get size(): number {
    return this.#sent.size;
  }

  /** The first canary in `text`, in any of the encodings, or `undefined`. */
  find(text: string): CanaryHit | undefined {
    if (this.#sent.size === 0) return undefined;
    for (const lookup of this.#lookups) {
      for (let at = text.indexOf(lookup.prefix); at !== -1; at = text.indexOf(lookup.prefix, at + 1)) {
        const core = lookup.cores.get(text.slice(at, at + lookup.length));
        if (core !== undefined) {
          const sent = this.#sent.get(core)!;
          return { secret: sent.secret, field: sent.field, encoding: lookup.encoding.name };
        }
      }
    }
    return undefined;
  }
}
