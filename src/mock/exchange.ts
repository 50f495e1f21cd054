/**
 * What the mock and the validation proxy say of each request they answered (the pipeline's access
 * record, with who answered and what else was found), and how the mock's front layer is configured.
 * @module
 */
import type { AccessRecord } from '../http/access-log.js';
import type { HttpTimeouts } from '../http/timeouts.js';
import type { SpecRoute } from '../spec/routes.js';

/** Something the log should say about an exchange beyond its status, in a sentence. */
export interface Finding {
  /**
   * `request`: the request breaks the contract (proxy); `response`: the answer breaks it;
   * `upstream`: the upstream failed (down, too slow); `divergence`: Prism judged a request unlike the
   * library; `mock`: the mock itself failed
   */
  kind: 'request' | 'response' | 'upstream' | 'divergence' | 'mock';
  message: string;
  /** for a broken rule of a body or parameter: where */
  pointer?: string;
}

/** One request and how it was answered, for the access log (`status` is the one chosen when the client left first). */
export interface Exchange extends AccessRecord {
  /**
   * `mock`: the front layer answered itself; `prism`: Prism picked the answer; `upstream`: the validation
   * proxy's server answered; `proxy`: the validation proxy answered itself (upstream down or too slow)
   */
  answeredBy: 'mock' | 'prism' | 'upstream' | 'proxy';
  /** `sent`, or `client-closed` when the client closed the connection before the whole answer was sent */
  outcome: 'sent' | 'client-closed';
  /** anything else worth a line: divergences, contract violations, upstream failures */
  findings: Finding[];
}

/** Where the front layer finds Prism, and how it learns that Prism came back after a failure. */
export interface PrismTarget {
  /** Prism's URL once it answers; rejects when there is no Prism to be had */
  url(): Promise<string>;
  /** after a connection to `failedUrl` failed: the URL to try again (a restarted Prism), or a rejection */
  recover(failedUrl: string): Promise<string>;
}

/** The pipeline's HTTP time-outs (ms), and how long Prism may take over one request. */
export interface ServerTimeouts extends HttpTimeouts {
  /** time Prism has to answer one request before the client gets a 503 (default 15 s; Prism takes milliseconds) */
  prismAnswerMs?: number;
}

/** How the front layer runs. */
export interface FrontServerOptions {
  /** a Prism that is not supervised, such as `http://127.0.0.1:43121` */
  prismUrl?: string;
  /** a supervised Prism (restarted when it dies); takes precedence over `prismUrl` */
  prism?: PrismTarget;
  /** receives every exchange once its answer is sent, or once the client went away */
  onExchange?: (exchange: Exchange) => void;
  /** the operations to route; defaults to the bundled spec's */
  routes?: SpecRoute[];
  timeouts?: ServerTimeouts;
}
