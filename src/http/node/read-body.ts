/**
 * Reads a request body into memory, up to a limit: past it, the rest is drained and dropped.
 * @module
 */
import type { IncomingMessage } from 'node:http';

/** The body, or the fact that it was larger than the limit. */
export type BodyRead = { body: Buffer } | { tooLarge: true };

/**
 * Buffers a request body up to `limit` bytes; past it, stops keeping bytes and says so.
 * @example
 * const read = await readBody(request, MAX_BODY_BYTES);
 * if ('tooLarge' in read) return answer(payloadTooLarge(pathname));
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.off('data', onData);
        request.off('end', onEnd);
        // keep reading (and dropping) so the client can finish sending and read the 413
        request.resume();
        resolve({ tooLarge: true });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve({ body: Buffer.concat(chunks, size) });
    request.on('data', onData);
    request.once('end', onEnd);
    request.once('error', reject);
  });
}
