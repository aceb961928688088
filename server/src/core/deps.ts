import type { Config } from '../config.js';
import type { Secrets } from './crypto/secrets.js';
import type { Db } from './db/database.js';
import type { MessageGateway } from './messaging/message-gateway.js';
import type { SmsGateway } from './sms/sms-gateway.js';
import { calendarDay, type TimeSource } from './time.js';

/** Everything a service may touch besides its arguments. Built once per process in main.ts. */
export interface Deps {
  config: Config;
  db: Db;
  time: TimeSource;
  secrets: Secrets;
  sms: SmsGateway;
  /** Outside channels for notifications (SMS provider, 浙政钉), as configured. */
  messages: MessageGateway;
  /** Identifies this process among the app servers sharing one database (scheduler, logs). */
  instanceId: string;
}

/** Today's legal calendar day in the deployment's zone (Asia/Shanghai). */
export const today = (deps: Pick<Deps, 'time' | 'config'>): string =>
  calendarDay(deps.time.now(), deps.config.timezone);
