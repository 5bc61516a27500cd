import type { Db } from '../db/db.ts';
import { wakeWorkers } from '../jobs/outbox.ts';

/** At most this many bodies go into one insert. */
const MAX_BATCH = 200;

interface Waiting {
  body: Buffer;
  resolve: (inboxId: number) => void;
  reject: (error: unknown) => void;
}

/**
 * Stores webhook bodies for one database. Bodies that arrive while a store is running wait
 * and go together in the next single statement (one commit for many, like PostgreSQL's own
 * group commit), so a burst of Meta's deliveries costs few round trips and few fsyncs; alone,
 * a body is stored at once.
 */
class WebhookInbox {
  readonly #db: Db;
  #waiting: Waiting[] = [];
  #isStoring = false;

  constructor(db: Db) {
    this.#db = db;
  }

  store(body: Buffer): Promise<number> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ body, resolve, reject });
      if (!this.#isStoring) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#isStoring = true;
    while (this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, MAX_BATCH);
      try {
        const ids = await storeBodies(this.#db, batch.map((item) => item.body));
        batch.forEach((item, index) => item.resolve(ids[index] ?? 0));
      } catch (error) {
        batch.forEach((item) => item.reject(error));
      }
    }
    this.#isStoring = false;
    wakeWorkers();
  }
}

const inboxes = new WeakMap<Db, WebhookInbox>();

/**
 * Stores a webhook body exactly as received and queues its processing, in one statement, so
 * the reply to Meta can go out at once and nothing is lost if the process stops (Meta has no
 * replay API, contract §2.5). Resolves with the inbox id once the body is committed; rejects
 * when it could not be stored, and the caller must then not answer 200. The caller has
 * already checked the signature.
 */
export async function receiveWebhook(db: Db, rawBody: Buffer): Promise<number> {
  let inbox = inboxes.get(db);
  if (!inbox) {
    inbox = new WebhookInbox(db);
    inboxes.set(db, inbox);
  }

  return inbox.store(rawBody);
}

/**
 * One statement for the bodies and their 'whatsapp.webhook' jobs (the outbox row enqueue()
 * would write), so both exist or neither does. Returns the inbox ids in order.
 */
async function storeBodies(db: Db, bodies: Buffer[]): Promise<number[]> {
  const values = bodies.map((_, index) => `($${index + 1}::bytea)`).join(', ');
  const rows = await db.query<{ id: number }>(
    `with stored as (insert into webhook_inbox (body) values ${values} returning id)
     insert into outbox (kind, payload)
       select 'whatsapp.webhook', jsonb_build_object('inboxId', id) from stored order by id
     returning (payload->>'inboxId')::bigint as id`,
    bodies,
  );

  return rows.map((row) => Number(row.id)).sort((a, b) => a - b);
}
