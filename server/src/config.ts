import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Fazhi reads, from environment variables only (documented in README.md).
 * The CLI and the server share this so `npx fazhi …` always talks to the same database.
 */
const boolFlag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  FAZHI_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  /** Default: on for a local SQLite demo, off with DATABASE_URL or NODE_ENV=production. */
  FAZHI_DEMO: boolFlag.optional(),
  NODE_ENV: z.string().optional(),
  FAZHI_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  /** Cookies get `Secure` by default; only a demo listening on loopback goes without. */
  FAZHI_SECURE_COOKIES: boolFlag.optional(),
  /** `0`, the number of proxy hops in front of the app, or a comma list of proxy addresses / CIDRs. */
  FAZHI_TRUST_PROXY: z.string().default('0'),
  FAZHI_SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  FAZHI_SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  FAZHI_LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  FAZHI_LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  /** Failed logins from one IP address within 15 minutes before that address is throttled. */
  FAZHI_LOGIN_IP_LIMIT: z.coerce.number().int().positive().default(30),
  FAZHI_UPLOAD_MAX_MB: z.coerce.number().positive().default(20),
  FAZHI_BODY_LIMIT_KB: z.coerce.number().int().positive().default(1024),
  /** Worker threads that run the 智能预审 engine, and how long one pre-review may take before it is stopped. */
  FAZHI_PRE_REVIEW_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  FAZHI_PRE_REVIEW_BUDGET_MS: z.coerce.number().int().positive().default(2000),
  /** Pre-reviews that may wait for a busy worker; one more is refused with 429 PRE_REVIEW_BUSY. */
  FAZHI_PRE_REVIEW_QUEUE: z.coerce.number().int().min(0).max(1000).default(8),
  /** How often each instance looks for due scheduled jobs. */
  FAZHI_SCHEDULER_TICK_MS: z.coerce.number().int().positive().default(15_000),
  /** Set to 0 to run an instance that never runs scheduled jobs (e.g. a read-only replica). */
  FAZHI_SCHEDULER: boolFlag.default(true),
  FAZHI_TIMEZONE: z.string().default('Asia/Shanghai'),
  FAZHI_WEB_DIST: z.string().optional(),
  /** The town whose public portal this deployment serves; citizens who register belong to it. */
  FAZHI_PORTAL_TOWN: z
    .string()
    .regex(/^\d{9}(\d{3})?$/)
    .default('330282109'),
  /** An HTTP SMS provider for notifications (all four, or none: notifications then stay in the app). */
  FAZHI_SMS_URL: z.string().url().optional(),
  FAZHI_SMS_KEY: z.string().optional(),
  FAZHI_SMS_SIGNATURE: z.string().optional(),
  FAZHI_SMS_TEMPLATE: z.string().optional(),
  /** 浙政钉 work messages (工作通知) for notifications: the gateway's URL, app key and secret, tenant. */
  FAZHI_ZZD_URL: z.string().url().optional(),
  FAZHI_ZZD_APP_KEY: z.string().optional(),
  FAZHI_ZZD_APP_SECRET: z.string().optional(),
  FAZHI_ZZD_TENANT_ID: z.string().optional(),
});

/** An HTTP SMS provider: FAZHI_SMS_URL, FAZHI_SMS_KEY, FAZHI_SMS_SIGNATURE (短信签名), FAZHI_SMS_TEMPLATE. */
export interface HttpSmsConfig {
  url: string;
  key: string;
  signature: string;
  /** The provider's template id; the text goes in its `content` parameter. */
  template: string;
}

/** 浙政钉 work messages: FAZHI_ZZD_URL (gateway base URL), FAZHI_ZZD_APP_KEY, FAZHI_ZZD_APP_SECRET, FAZHI_ZZD_TENANT_ID. */
export interface ZzdConfig {
  url: string;
  appKey: string;
  appSecret: string;
  tenantId: string;
}

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  demo: boolean;
  logLevel: z.infer<typeof envSchema>['FAZHI_LOG_LEVEL'];
  secureCookies: boolean;
  trustProxy: TrustProxy;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginIpLimit: number;
  uploadMaxBytes: number;
  bodyLimitBytes: number;
  preReviewWorkers: number;
  preReviewBudgetMs: number;
  preReviewQueue: number;
  schedulerTickMs: number;
  scheduler: boolean;
  timezone: string;
  webDist: string | undefined;
  portalTownCode: string;
  sms: HttpSmsConfig | undefined;
  zzd: ZzdConfig | undefined;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量配置有误：\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demo = e.FAZHI_DEMO ?? (!e.DATABASE_URL && !production);
  if (demo && e.DATABASE_URL && production) {
    throw new Error(
      '环境变量配置有误：\n  FAZHI_DEMO: 生产模式（NODE_ENV=production）下不能在 DATABASE_URL 指向的数据库中创建演示账号',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.FAZHI_DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    demo,
    logLevel: e.FAZHI_LOG_LEVEL,
    secureCookies: e.FAZHI_SECURE_COOKIES ?? !(demo && isLoopback(e.HOST)),
    trustProxy: parseTrustProxy(e.FAZHI_TRUST_PROXY),
    sessionIdleMinutes: e.FAZHI_SESSION_IDLE_MINUTES,
    sessionMaxHours: e.FAZHI_SESSION_MAX_HOURS,
    loginMaxFailures: e.FAZHI_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.FAZHI_LOGIN_LOCK_MINUTES,
    loginIpLimit: e.FAZHI_LOGIN_IP_LIMIT,
    uploadMaxBytes: Math.round(e.FAZHI_UPLOAD_MAX_MB * 1024 * 1024),
    bodyLimitBytes: e.FAZHI_BODY_LIMIT_KB * 1024,
    preReviewWorkers: e.FAZHI_PRE_REVIEW_WORKERS,
    preReviewBudgetMs: e.FAZHI_PRE_REVIEW_BUDGET_MS,
    preReviewQueue: e.FAZHI_PRE_REVIEW_QUEUE,
    schedulerTickMs: e.FAZHI_SCHEDULER_TICK_MS,
    scheduler: e.FAZHI_SCHEDULER,
    timezone: e.FAZHI_TIMEZONE,
    webDist: e.FAZHI_WEB_DIST,
    portalTownCode: e.FAZHI_PORTAL_TOWN.padEnd(12, '0'),
    sms: allOrNone('FAZHI_SMS_*', {
      url: e.FAZHI_SMS_URL,
      key: e.FAZHI_SMS_KEY,
      signature: e.FAZHI_SMS_SIGNATURE,
      template: e.FAZHI_SMS_TEMPLATE,
    }),
    zzd: allOrNone('FAZHI_ZZD_*', {
      url: e.FAZHI_ZZD_URL,
      appKey: e.FAZHI_ZZD_APP_KEY,
      appSecret: e.FAZHI_ZZD_APP_SECRET,
      tenantId: e.FAZHI_ZZD_TENANT_ID,
    }),
  };
}

/** A channel's settings: every one of them, or none (the channel is then off). */
function allOrNone<T extends Record<string, string | undefined>>(
  name: string,
  values: T,
): { [K in keyof T]: string } | undefined {
  const given = Object.values(values).filter((v) => v !== undefined && v !== '');
  if (given.length === 0) return undefined;
  if (given.length !== Object.keys(values).length)
    throw new Error(`环境变量配置有误：\n  ${name}: 需同时设置该通道的全部变量`);
  return values as { [K in keyof T]: string };
}

/** false, a hop count, or the addresses of the proxies whose `X-Forwarded-For` is believed. */
export type TrustProxy = false | number | string[];

/**
 * Never "trust everyone": with `1` the client is the address the one proxy in front saw, whatever
 * a client wrote into `X-Forwarded-For` itself (the throttles and the trail key on it).
 */
export function parseTrustProxy(value: string): TrustProxy {
  const v = value.trim();
  if (v === '' || v === '0' || v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  const bad = list.filter(
    (x) =>
      !isIP(x.split('/')[0] ?? '') || (x.includes('/') && !/^\d{1,3}$/.test(x.split('/')[1] ?? '')),
  );
  if (bad.length || !list.length) {
    throw new Error(
      `环境变量配置有误：\n  FAZHI_TRUST_PROXY: 应为 0、代理层数或代理地址列表（逗号分隔，可用 CIDR），无法识别：${bad.join('、') || v}`,
    );
  }
  return list;
}

const isLoopback = (host: string) =>
  host === 'localhost' || host === '::1' || host.startsWith('127.');
