// Fastify 5: in a plugin of its own, JSON bodies stay a Buffer; the rest of the app still parses JSON
import Fastify from 'fastify';
import { parseWebhookEvent, verifyWebhookSignature, WebhookVerificationError } from 'webhooks-contract/receiver';
import { handleWebhookEvent } from './handle-event.js';

/** The receiver's Fastify app. */
export const app = Fastify();

app.register(async (webhooks) => {
  webhooks.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  webhooks.post('/webhooks', async (request, reply) => {
    const body = request.body as Buffer;
    try {
      verifyWebhookSignature(body, request.headers, process.env.WEBHOOK_SECRET!);
    } catch (error) {
      if (error instanceof WebhookVerificationError) return reply.code(400).send(error.code);
      throw error;
    }
    await handleWebhookEvent('fastify', parseWebhookEvent(body));
    return reply.code(204).send();
  });
});
