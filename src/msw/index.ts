/**
 * The MSW entry point (`webhooks-contract/msw`): request handlers for every operation of the
 * Webhooks API, for an app's tests under Node (`msw/node`) and in a browser (MSW's service worker). MSW 2
 * is an optional peer dependency of this package: install it beside it.
 * @module
 */
export { createWebhooksHandlers, type WebhooksHandlers, type WebhooksHandlersOptions } from './create-handlers.js';
export type { DocumentedStatus, OperationId, ResponseBody, SuccessStatus, WebhooksOverride } from './override.js';
export { MAX_WEBHOOKS_PER_ACCOUNT } from './memory-state.js';
