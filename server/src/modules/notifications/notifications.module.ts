import type { ModuleDescriptor } from '../../core/module.js';
import { deliverNotifications } from './delivery.job.js';
import { notificationSweep } from './notification-sweep.js';
import { NOTIFICATIONS_MIGRATIONS } from './notifications.migrations.js';
import { notificationRoutes } from './notification.routes.js';

/** 消息提醒: in-app notices, per-person settings, deadline notices and the SMS / 浙政钉 outbox. */
export const notificationsModule: ModuleDescriptor = {
  name: 'notifications',
  routes: [notificationRoutes],
  migrations: NOTIFICATIONS_MIGRATIONS,
  // FAZHI_NOTIFY_SCHEDULE / FAZHI_DELIVERY_SCHEDULE override the schedules.
  jobs: (env) => [
    {
      name: 'notification-sweep',
      schedule: env.FAZHI_NOTIFY_SCHEDULE ?? 'daily@08:00',
      run: notificationSweep,
    },
    {
      name: 'notification-delivery',
      schedule: env.FAZHI_DELIVERY_SCHEDULE ?? 'every:60s',
      run: deliverNotifications,
    },
  ],
};
