import { z } from 'zod';

const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '手机号格式有误（应为 11 位中国大陆手机号）');
const username = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_.-]{3,32}$/, '用户名为 3–32 位字母、数字或 _.- 组成')
  .describe('登录名');

export const userListQuery = z
  .object({
    q: z.string().trim().max(50).optional().describe('按用户名或姓名查找'),
    orgId: z.string().uuid('机构编号格式有误').optional().describe('只看该机构及其下级'),
    role: z.string().max(40).optional(),
    status: z.enum(['active', 'disabled', 'locked']).optional(),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
    format: z.enum(['json', 'xlsx']).default('json').describe('xlsx：按当前筛选条件导出'),
  })
  .strict();

export const userItem = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  org: z.object({ id: z.string(), name: z.string() }),
  roles: z.array(z.object({ key: z.string(), name: z.string() })),
  phoneMasked: z.string().nullable().describe('脱敏手机号；完整号码须通过 /pii 查看并留痕'),
  status: z.enum(['active', 'disabled']),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  isDemo: z.boolean(),
});

export const userAbilities = z.object({
  update: z.boolean(),
  disable: z.boolean(),
  resetPassword: z.boolean(),
  unlock: z.boolean(),
  assignRoles: z.boolean(),
  readPii: z.boolean(),
  revokeSessions: z.boolean(),
  resetTotp: z.boolean(),
});

export const createUserBody = z
  .object({
    username,
    displayName: z.string().trim().min(2, '姓名至少 2 个字').max(40),
    orgId: z.string().uuid('机构编号格式有误'),
    phone: phone.optional(),
    password: z.string().min(1, '请设置初始密码').max(128).describe('初始密码：首次登录须修改'),
  })
  .strict();

export const updateUserBody = z
  .object({
    displayName: z.string().trim().min(2, '姓名至少 2 个字').max(40).optional(),
    orgId: z.string().uuid('机构编号格式有误').optional(),
    phone: phone.nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
  })
  .strict();

export const rolesBody = z.object({ roles: z.array(z.string().max(40)).max(13) }).strict();
export const resetPasswordBody = z.object({ newPassword: z.string().min(1).max(128) }).strict();
export const idParams = z.object({ id: z.string().uuid('用户编号格式有误') });

/** One row of the XLSX user import, keyed by the Chinese headers of the template. */
export const importRow = z.object({
  username,
  displayName: z.string().trim().min(2, '姓名至少 2 个字').max(40),
  orgCode: z.string().trim().min(2, '请填写机构代码').max(40),
  phone: phone.optional(),
  password: z.string().min(8, '初始密码至少 8 位').max(128),
});
export const IMPORT_HEADERS = {
  username: '用户名',
  displayName: '姓名',
  orgCode: '机构代码',
  phone: '手机号',
  password: '初始密码',
} as const;
