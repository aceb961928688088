import { z } from 'zod';

export const loginBody = z
  .object({
    username: z
      .string()
      .trim()
      .min(1, '请输入用户名')
      .max(64)
      .describe('用户名；公众账号也可填手机号'),
    password: z.string().min(1, '请输入密码').max(128).describe('密码'),
    totp: z
      .string()
      .regex(/^\d{6}$/, '动态口令为 6 位数字')
      .optional()
      .describe('管理员的动态口令，可在登录时一并提交'),
  })
  .strict();

const stageSchema = z
  .enum(['active', 'password_change', 'mfa_enroll', 'mfa_verify'])
  .describe(
    '登录进度：active 已完成；password_change 须修改初始密码；mfa_enroll 须绑定动态口令；mfa_verify 须输入动态口令',
  );

export const meSchema = z.object({
  stage: stageSchema,
  csrfToken: z.string().describe('Cookie 会话的写操作须在 X-CSRF-Token 请求头中带上此值'),
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    isDemo: z.boolean(),
    mustChangePassword: z.boolean(),
    totpEnabled: z.boolean(),
    org: z.object({ id: z.string(), name: z.string(), kind: z.string(), code: z.string() }),
    town: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .describe('本人所在乡镇；县级及以上为 null'),
    towns: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .describe('县级及以上人员可切换查看的乡镇'),
    chosenTown: z
      .object({ id: z.string(), name: z.string() })
      .nullable()
      .describe('县级及以上人员：按乡镇的页面当前显示的乡镇（上次所选，否则最近有办理活动的乡镇）'),
    roles: z.array(z.object({ key: z.string(), name: z.string() })),
    permissions: z.array(z.string()),
  }),
});

export const passwordBody = z
  .object({
    currentPassword: z.string().min(1, '请输入当前密码').max(128),
    newPassword: z.string().min(1, '请输入新密码').max(128),
  })
  .strict();

export const codeBody = z
  .object({ code: z.string().regex(/^\d{6}$/, '动态口令为 6 位数字') })
  .strict();

export const stageResponse = z.object({ stage: stageSchema });

export const enrolmentResponse = z.object({
  secret: z.string().describe('Base32 密钥（无法扫码时手工录入）'),
  otpauthUri: z.string(),
  qrDataUrl: z.string().describe('二维码图片（data URL）'),
});

export const sessionItem = z.object({
  id: z.string().describe('会话编号（摘要前 12 位）'),
  current: z.boolean(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
});

export const loginHistoryItem = z.object({
  at: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  success: z.boolean(),
  reason: z.string(),
});

export const chooseTownBody = z
  .object({ townId: z.string().uuid('乡镇编号格式有误').describe('要查看的乡镇') })
  .strict();
