import type { MigrationSet } from '../../core/db/migrations.js';
import * as m0001 from './migrations/20261205_notifications_0001.js';

/** 消息提醒 tables (their row types live with the core's `notify`, which task creation calls). */
export const NOTIFICATIONS_MIGRATIONS: MigrationSet = {
  '20261205_notifications_0001': m0001,
};
