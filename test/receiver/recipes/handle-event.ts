/**
 * Where the recipes hand each verified event: in an app, your own code (skip an `event.id` already
 * handled, then act). Here it keeps what it was given, so that the tests can see what each recipe parsed.
 */
import type { ParsedWebhookEvent } from 'webhooks-contract/receiver';

/** Every event a recipe handed over, in arrival order, with the recipe's name. */
export const handledEvents: { receiver: string; event: ParsedWebhookEvent }[] = [];

/** Takes one verified, parsed event from the receiver named `receiver`. */
export async function handleWebhookEvent(receiver: string, event: ParsedWebhookEvent): Promise<void> {
  handledEvents.push({ receiver, event });
}
