/**
 * Why a request got no answer, in words safe to record (never an address or a secret): the sender's
 * time-out, a destination the SSRF policy refused, or what Node and undici said of the connection.
 * @module
 */
import { WebhooksContractError } from '../errors.js';

/** What came of a request: the endpoint's answer, or why there was none (in words, safe to record). */
export type PostOutcome =
  | { answered: true; status: number; retryAfter: string | undefined }
  | { answered: false; reason: string; kind: 'refused-destination' | 'timeout' | 'network' };

/** The platform refused to connect somewhere: a private, loopback or otherwise non-public address. */
export class DestinationRefusedError extends WebhooksContractError {
  constructor(message: string) {
    super('ERR_DESTINATION_REFUSED', message);
  }
}

/** Node and undici error codes, in words for a delivery's `last_error` (never an address or a secret). */
const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused: is the endpoint listening on that host and port?',
  ECONNRESET: 'the connection was reset before an answer came',
  EPIPE: 'the connection was closed while the request was sent',
  ENOTFOUND: 'the host name could not be resolved (DNS): check the host in the URL',
  EAI_AGAIN: 'the host name could not be resolved for now (DNS did not answer)',
  EHOSTUNREACH: 'the host cannot be reached (no route)',
  ENETUNREACH: 'the network of the host cannot be reached',
  UND_ERR_SOCKET: 'the connection was closed before a complete answer came',
  UND_ERR_CONNECT_TIMEOUT: 'the connection could not be opened in time',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'the answer was larger than the platform reads',
  HPE_INVALID_CONSTANT: 'the answer was not valid HTTP',
  HPE_INVALID_HEADER_TOKEN: 'the answer had a malformed header',
  HPE_HEADER_OVERFLOW: 'the answer had too many or too large headers',
  UND_ERR_HEADERS_OVERFLOW: 'the answer had too many or too large headers',
  CERT_HAS_EXPIRED: "the endpoint's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the endpoint's TLS certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the endpoint's TLS certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the endpoint's TLS certificate is not signed by a known authority",
  ERR_TLS_CERT_ALTNAME_INVALID: "the endpoint's TLS certificate is not valid for its host name",
};

/** Why a request got no answer, in words; the kind tells a refused destination from a time-out. */
export function describeFailure(error: unknown, timeoutMs: number): Extract<PostOutcome, { answered: false }> {
  for (let cause = error, depth = 0; cause !== undefined && cause !== null && depth < 5; cause = (cause as { cause?: unknown }).cause, depth += 1) {
    if (cause instanceof DestinationRefusedError) return { answered: false, kind: 'refused-destination', reason: cause.message };
    const { name, code } = cause as { name?: unknown; code?: unknown };
    if (name === 'TimeoutError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      return { answered: false, kind: 'timeout', reason: `no answer within ${formatSeconds(timeoutMs)}` };
    }
    if (typeof code === 'string' && Object.hasOwn(NETWORK_WORDS, code)) return { answered: false, kind: 'network', reason: NETWORK_WORDS[code]! };
  }
  const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
  const label = typeof code === 'string' ? code : typeof name === 'string' ? name : 'unknown error';
  return { answered: false, kind: 'network', reason: `the request failed (${label.slice(0, 60)})` };
}

/** `10 s`, `1.5 s`, `250 ms`. */
function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}
