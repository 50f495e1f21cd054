/**
 * The SQLite outbox's claim: the webhooks with due work and room below their limit of deliveries in flight,
 * least recently served first; turns handed out round robin across accounts, then their webhooks; the
 * deliveries taken oldest due first within a webhook, leased, and returned with their webhook.
 * @module
 */
import type { ClaimedDelivery, ClaimRequest, SenderWebhook } from '../contract.js';
import { roundRobin } from '../round-robin.js';
import type { OutboxStatements } from './outbox-statements.js';
import { claimedDelivery, type Row } from './outbox-rows.js';

/**
 * How many webhooks with work a claim looks at, least recently served first: at least 64, so that every
 * account gets its turn, and at most 512, so that a claim stays cheap whatever the backlog.
 */
const MIN_CANDIDATES = 64;
const MAX_CANDIDATES = 512;
/** How many rounds of handing on the turns of webhooks with fewer due than their room. */
const MAX_ROUNDS = 4;

/** A webhook with work, as a claim weighs it. */
interface Candidate {
  accountId: string;
  webhookId: string;
  /** how many more of its deliveries may be in flight */
  room: number;
  /** its due deliveries read so far, oldest due first */
  rows: Row[];
  /** fewer are due than it had room for: all of them are in `rows` */
  exhausted: boolean;
}

/** What a claim needs besides the statements: the next turn number, and the sender's view of a live webhook. */
export interface ClaimContext {
  s: OutboxStatements;
  nextTurn: () => number;
  webhookOf: (accountId: string, webhookId: string) => SenderWebhook | undefined;
}

/** Claims what can start now (see `DeliveryOutbox.claim`); runs inside the caller's transaction. */
export function claimDue(context: ClaimContext, request: ClaimRequest): ClaimedDelivery[] {
  const { s } = context;
  const now = request.now.getTime();
  const limit = Math.max(0, Math.floor(request.limit));
  if (limit === 0) return [];
  const perWebhook = Math.max(1, Math.floor(request.perWebhookLimit));
  // webhooks with due work and room below their limit, least recently served first: those at their
  // limit are left out by the query itself
  const candidates = s.readyWebhooks.all({ now, cap: perWebhook, candidates: Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, limit * 2)) }) as Row[];
  if (candidates.length === 0) return [];
  // each webhook's room, grouped by account in turn order
  const byAccount = new Map<string, Candidate[]>();
  for (const webhook of candidates) {
    const accountId = webhook.account_id as string;
    const list = byAccount.get(accountId) ?? [];
    list.push({ accountId, webhookId: webhook.id as string, room: Math.min(webhook.room as number, limit), rows: [], exhausted: false });
    byAccount.set(accountId, list);
  }
  const accounts = [...byAccount.values()];
  fillTurns(s, accounts, now, limit);
  const picked = roundRobin(accounts.map((list) => roundRobin(list.map((candidate) => candidate.rows))), limit);
  if (picked.length === 0) return [];
  const leaseUntil = request.leaseUntil.getTime();
  s.lease.run(leaseUntil, leaseUntil, JSON.stringify(picked.map((row) => row.seq)));
  const webhooks = new Map<string, SenderWebhook | undefined>();
  for (const row of picked) {
    const accountId = row.account_id as string;
    const webhookId = row.webhook_id as string;
    const key = `${accountId}\u0000${webhookId}`;
    if (webhooks.has(key)) continue;
    // in the order the claim served them; a webhook with room is live and enabled (the candidates' query said so)
    s.tookTurn.run({ turn: context.nextTurn(), account: accountId, webhook: webhookId });
    webhooks.set(key, context.webhookOf(accountId, webhookId));
  }
  const lease = new Date(leaseUntil);
  return picked.map((row) => ({ delivery: claimedDelivery(row, lease), webhook: webhooks.get(`${row.account_id as string}\u0000${row.webhook_id as string}`) }));
}

/**
 * Reads each candidate's due deliveries, as many as the turns it is handed (round robin, accounts then
 * their webhooks); a webhook with fewer due than its turns hands the rest on, so a few rounds fill the claim.
 */
function fillTurns(s: OutboxStatements, accounts: Candidate[][], now: number, limit: number): void {
  const lone = accounts.length === 1 && accounts[0]!.length === 1 ? accounts[0]![0]! : undefined;
  if (lone !== undefined) {
    // one webhook with work (a backlog to one endpoint): its room is its share, read at once
    lone.rows = s.dueOf.all(lone.accountId, lone.webhookId, now, Math.min(lone.room, limit), 0) as Row[];
    return;
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const turns = new Map<Candidate, number>();
    for (const candidate of roundRobin(accounts.map((list) => roundRobin(list.map((c) => Array<Candidate>(c.exhausted ? c.rows.length : c.room).fill(c)))), limit)) {
      turns.set(candidate, (turns.get(candidate) ?? 0) + 1);
    }
    let short = false;
    for (const [candidate, wanted] of turns) {
      if (candidate.exhausted || wanted <= candidate.rows.length) continue;
      const more = s.dueOf.all(candidate.accountId, candidate.webhookId, now, wanted - candidate.rows.length, candidate.rows.length) as Row[];
      candidate.rows.push(...more);
      if (candidate.rows.length < wanted) short = candidate.exhausted = true;
    }
    if (!short) break;
  }
}
