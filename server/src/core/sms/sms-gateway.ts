import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

/** The outside SMS service, behind an interface so tests and demos never send real messages. */
export interface SmsGateway {
  send(phone: string, text: string): Promise<void>;
}

/**
 * Records messages in `sms_outbox` instead of sending them: the default until a provincial SMS
 * platform is configured. Staff (and tests) read what would have been sent.
 */
export function outboxSmsGateway(db: Db, now: () => Date): SmsGateway {
  return {
    async send(phone, text) {
      await db.kysely
        .insertInto('smsOutbox')
        .values({ id: newId(), phone, text, createdAt: now().toISOString() })
        .execute();
    },
  };
}
