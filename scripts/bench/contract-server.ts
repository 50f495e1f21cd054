/**
 * For contract.bench.ts: the server the runner is measured against, in its own process, printing its
 * URL on the first line. Today the test fake (a correct, stateful stand-in on node:http); the reference
 * server takes its place when it lands.
 */
import { startContractFake } from '../../test/support/contract-fake.js';

const fake = await startContractFake({ keys: ['bench-key-a', 'bench-key-b'] });
console.log(fake.url);
