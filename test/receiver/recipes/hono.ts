// Hono 4: the body read once, as bytes, before anything parses it
import { Hono } from 'hono';
import { parseWebhookEvent, verifyWebhookSignature, WebhookVerificationError } from 'webhooks-contract/receiver';
import { handleWebhookEvent } from './handle-event.js';

/** The receiver's Hono app. */
export const app = new Hono();

app.post('/webhooks', async (c) => {
  const body = await c.req.arrayBuffer(); // not c.req.json(): the signature covers the bytes as sent
  try {
    verifyWebhookSignature(body, c.req.raw.headers, process.env.WEBHOOK_SECRET!);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return c.text(error.code, 400);
    throw error;
  }
  await handleWebhookEvent('hono', parseWebhookEvent(body));
  return c.body(null, 204);
});
