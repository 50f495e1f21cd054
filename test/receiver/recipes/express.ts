// Express 5: the raw bytes for this route only, verified, then parsed
import express from 'express';
import { parseWebhookEvent, verifyWebhookSignature, WebhookVerificationError } from 'webhooks-contract/receiver';
import { handleWebhookEvent } from './handle-event.js';

/** The receiver's Express app. */
export const app = express();

// express.raw, never express.json: the signature covers the bytes as sent, and a parsed body has lost them
app.post('/webhooks', express.raw({ type: 'application/json' }), async (req, res) => {
  try {
    verifyWebhookSignature(req.body, req.headers, process.env.WEBHOOK_SECRET!);
  } catch (error) {
    if (!(error instanceof WebhookVerificationError)) throw error;
    res.status(400).send(error.code); // the code says why; the message is for your logs
    return;
  }
  await handleWebhookEvent('express', parseWebhookEvent(req.body));
  res.sendStatus(204); // 2xx for every signed event, also types newer than this code
});
