/**
 * For mock.bench.ts: the front layer alone, in mock mode, in front of the server at UPSTREAM, on PORT.
 * It isolates what the front layer itself costs from what Prism costs.
 */
import { createFrontServer } from '../../src/mock/front-server.js';

const upstream = process.env.UPSTREAM;
const port = Number(process.env.PORT);
if (!upstream || !Number.isInteger(port)) throw new Error('set UPSTREAM (a URL) and PORT');
createFrontServer({ prismUrl: upstream }).listen(port, '127.0.0.1');
