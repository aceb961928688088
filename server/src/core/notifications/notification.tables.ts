import type { Flag, Instant } from '../db/schema.js';
import type { MessageChannel } from '../messaging/message-gateway.js';

/** Row types of the notification tables (created by modules/notifications' migration). */

interface NotificationsTable {
  id: string;
  userId: string;
  /** The org of the record the notice is about (null for notices about the account itself). */
  orgId: string | null;
  /** `task.assigned`, `task.due_soon`, `task.overdue`, `submission.returned`. */
  kind: string;
  title: string;
  body: string | null;
  /** Web route that opens the subject. */
  link: string | null;
  /** Unique: the same notice is never produced twice. */
  dedupeKey: string;
  readAt: Instant | null;
  createdAt: Instant;
}

interface NotificationSettingsTable {
  userId: string;
  sms: Flag;
  zzd: Flag;
  /** The person's 浙政钉 account id (accountId), where work messages go. */
  zzdAccountId: string | null;
  /** `HH:MM` local time; outside messages wait until the quiet hours end. */
  quietStart: string | null;
  quietEnd: string | null;
  /** How many working days before a deadline the "due soon" notice comes. */
  daysAhead: number;
  updatedAt: Instant;
}

type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** The delivery outbox: one row per notice and outside channel, claimed, sent and retried by a job. */
interface NotificationDeliveriesTable {
  id: string;
  notificationId: string;
  userId: string;
  channel: MessageChannel;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Instant;
  /** A claim by one job run; a claim past this instant (a crashed run) may be taken again. */
  claimedUntil: Instant | null;
  lastError: string | null;
  sentAt: Instant | null;
  createdAt: Instant;
}

declare module '../db/schema.js' {
  interface Database {
    notifications: NotificationsTable;
    notificationSettings: NotificationSettingsTable;
    notificationDeliveries: NotificationDeliveriesTable;
  }
}
