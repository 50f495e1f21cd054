// Next.js App Router, app/webhooks/route.ts: a Web Request in, a Response out
import { parseWebhookEvent, verifyWebhookSignature, WebhookVerificationError } from 'webhooks-contract/receiver';
import { handleWebhookEvent } from './handle-event.js';

/** Verifies, parses and hands over one delivery. */
export async function POST(request: Request): Promise<Response> {
  const body = await request.text(); // not request.json(): the signature covers the bytes as sent
  try {
    verifyWebhookSignature(body, request.headers, process.env.WEBHOOK_SECRET!);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return new Response(error.code, { status: 400 });
    throw error;
  }
  await handleWebhookEvent('next', parseWebhookEvent(body));
  return new Response(null, { status: 204 });
}
