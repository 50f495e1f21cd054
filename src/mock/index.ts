/**
 * The local mock of the Webhooks API and the validation proxy, for programs and tests that start them
 * themselves; the `webhooks-contract mock` command wraps the same functions.
 * @module
 */
export { formatExchange } from './access-log.js';
export { attachFrontLayer, createFrontServer, type Exchange, type Finding, type FrontServerOptions, type PrismTarget, type ServerTimeouts } from './front-server.js';
export {
  MockStartError,
  PRISM_INSTALL_HINT,
  PRISM_VERSION,
  PrismMissingError,
  resolvePrismCli,
  startPrism,
  type PrismLogLevel,
  type PrismOptions,
  type RunningPrism,
} from './prism.js';
export { DEFAULT_MAX_PRISM_RESTARTS, type PrismExit } from './prism-supervisor.js';
export { MAX_DELAY_MS } from './scenario.js';
export { createValidationProxyServer, type ValidationProxyServerOptions } from './validation-proxy.js';
export { DEFAULT_UPSTREAM_TIMEOUT_MS } from './defaults.js';
export { createMockServer } from './mock-server.js';
export { MAX_BODY_BYTES } from '../validation/problem.js';
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  startMockServer,
  startValidationProxy,
  type MockServerOptions,
  type RunningMockServer,
  type RunningValidationProxy,
  type ValidationProxyOptions,
} from './start-mock.js';
