// A receiver in Node.js: it checks the signature over
// the raw body, then handles each event once. Any signed
// delivery gets a 2xx, even one it does not handle: any
// other answer makes the platform retry it for 3 days.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import {
  validateReceivedEvent,
} from 'webhooks-contract/validators';

// the webhook's `secret`: as you set it, or as the 201 gave it
const secret = process.env.WEBHOOK_SECRET!;
// the HMAC key: a whsec_ secret's base64-decoded bytes (the
// Standard Webhooks rule), any other secret's UTF-8 bytes
const key = secret.startsWith('whsec_')
  ? Buffer.from(secret.slice('whsec_'.length), 'base64')
  : Buffer.from(secret, 'utf8');
// retries end 3 days after created_at: older is a replay
const MAX_EVENT_AGE_MS = 3 * 24 * 60 * 60 * 1000;
// ids of handled events; keep each at least that long
const handled = new Set<string>();

/** Is `signature` the hex HMAC-SHA256 of the raw body? */
function isSigned(body: Buffer, signature: unknown): boolean {
  if (typeof signature !== 'string') return false;
  const expected = Buffer.from(
    createHmac('sha256', key).update(body).digest('hex'),
  );
  const received = Buffer.from(signature);
  // timingSafeEqual throws when the lengths differ
  return received.length === expected.length
    && timingSafeEqual(received, expected);
}

function parseJson(rawBody: Buffer): unknown {
  try {
    return JSON.parse(rawBody.toString('utf8'));
  } catch {
    return undefined;
  }
}

createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    // the raw bytes: re-serialised JSON has another HMAC
    const rawBody = Buffer.concat(chunks);
    const signature = req.headers['x-webhook-signature'];
    if (!isSigned(rawBody, signature)) {
      res.writeHead(401).end(); // not from the platform
      return;
    }
    // tolerant of fields and event types added later;
    // validateEvent is the strict one, for tests
    const result = validateReceivedEvent(
      parseJson(rawBody),
    );
    if (!result.ok || !result.known) {
      // signed but not for this code: log it, then 2xx
      console.warn('not handled', result);
      res.writeHead(204).end();
      return;
    }
    const event = result.value;
    const age = Date.now() - Date.parse(event.created_at);
    if (age > MAX_EVENT_AGE_MS || handled.has(event.id)) {
      res.writeHead(204).end(); // a replay, or done already
      return;
    }
    switch (event.type) {
      case 'business.approved':
        console.log('approved:', event.data.object.name);
        break;
      case 'order.completed':
        console.log('order completed:', event.data.object.id);
        break;
      default:
        console.log('received', event.type, event.id);
    }
    handled.add(event.id);
    // any 2xx within 10 seconds acknowledges the delivery
    res.writeHead(204).end();
  });
}).listen(8080);
