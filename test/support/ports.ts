/** Free ports on 127.0.0.1 for servers that tests start (the mock's own helper, so both ask the OS the same way). */
import { findFreePort } from '../../src/mock/listen.js';

/** Asks the OS for a free port on 127.0.0.1 and releases it for the caller to bind. */
export function freePort(): Promise<number> {
  return findFreePort('127.0.0.1');
}
