import { randomInt } from 'node:crypto';
import type { RequestContext } from '../../core/authz/actor.js';
import { maskPhone } from '../../core/crypto/mask.js';
import { sm3Hex } from '../../core/crypto/sm.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, conflict } from '../../core/errors.js';
import { takeFloodHit, type FloodRule } from '../../core/http/flood-control.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { addMinutes } from '../../core/time.js';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords.js';
import { findOrgByCode } from '../orgs/org.repository.js';
import { insertUser, setRoles } from './user.repository.js';

const CODE_TTL_MINUTES = 10;
const MAX_ATTEMPTS = 5;
/** SMS costs money and annoys the owner of the number: one code a minute, five a day per phone, twenty an hour per address. */
const CODE_COOLDOWN: FloodRule = { name: 'auth.register_code.phone_minute', limit: 1, windowMinutes: 1, message: '验证码已发送，请 60 秒后再试' };
const CODES_PER_DAY: FloodRule = { name: 'auth.register_code.phone_day', limit: 5, windowMinutes: 24 * 60, message: '该手机号今日获取验证码次数已达上限' };
const CODES_PER_IP: FloodRule = { name: 'auth.register_code.ip', limit: 20, windowMinutes: 60, message: '请求过于频繁，请稍后再试' };

/** Citizens and enterprises register with their phone: a 6-digit code goes out through the SMS gateway. */
export async function sendRegistrationCode(deps: Deps, ctx: RequestContext, phone: string) {
  const q = deps.db.kysely;
  const now = deps.time.now();
  const phoneIndex = deps.secrets.blindIndex(phone);
  await takeFloodHit(q, CODE_COOLDOWN, phoneIndex, now);
  await takeFloodHit(q, CODES_PER_DAY, phoneIndex, now);
  if (ctx.ip) await takeFloodHit(q, CODES_PER_IP, ctx.ip, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const id = newId();
  await mutation(deps, ctx, async (m) => {
    await m.trx
      .insertInto('verificationCodes')
      .values({ id, phoneIndex, purpose: 'register', codeHash: sm3Hex(`${id}:${code}`), ip: ctx.ip, attempts: 0, createdAt: m.now.toISOString(), expiresAt: addMinutes(m.now, CODE_TTL_MINUTES).toISOString(), usedAt: null })
      .execute();
    await m.audit({ action: 'auth.registration.code_sent', orgId: null, targetType: 'phone', targetId: maskPhone(phone) });
  });
  await deps.sms.send(phone, `【法治桥头】您的注册验证码为 ${code}，${CODE_TTL_MINUTES} 分钟内有效。如非本人操作，请忽略本短信。`);
  return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
}

export interface RegisterInput {
  phone: string;
  displayName: string;
  password: string;
  code: string;
}

/** Creates a 公众 account (username = phone) in the portal's town after checking the code. */
export async function register(deps: Deps, ctx: RequestContext, input: RegisterInput) {
  const q = deps.db.kysely;
  const phoneIndex = deps.secrets.blindIndex(input.phone);
  assertPasswordAcceptable(input.password, input.phone);
  // tenancy: registration uniqueness check, no actor yet
  if (await q.selectFrom('users').select('id').where('username', '=', input.phone).executeTakeFirst()) {
    throw conflict('该手机号已注册，请直接登录', 'ALREADY_REGISTERED');
  }
  const nowIso = deps.time.now().toISOString();
  const pending = await q
    .selectFrom('verificationCodes')
    .selectAll()
    .where('phoneIndex', '=', phoneIndex)
    .where('purpose', '=', 'register')
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', nowIso)
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  if (!pending || pending.attempts >= MAX_ATTEMPTS) throw badRequest('验证码已失效，请重新获取', null, 'CODE_EXPIRED');
  if (sm3Hex(`${pending.id}:${input.code}`) !== pending.codeHash) {
    await q.updateTable('verificationCodes').set({ attempts: pending.attempts + 1 }).where('id', '=', pending.id).execute();
    throw badRequest('验证码不正确', { remainingAttempts: MAX_ATTEMPTS - pending.attempts - 1 }, 'CODE_INVALID');
  }
  const town = await findOrgByCode(q, deps.config.portalTownCode);
  if (!town) throw badRequest('本平台尚未开通公众注册', null, 'PORTAL_NOT_READY');
  const passwordHash = await hashPassword(input.password);
  return mutation(deps, ctx, async (m) => {
    await m.trx.updateTable('verificationCodes').set({ usedAt: m.now.toISOString() }).where('id', '=', pending.id).execute();
    const user = await insertUser(m.trx, {
      orgId: town.id,
      username: input.phone,
      displayName: input.displayName,
      passwordHash,
      phoneEnc: deps.secrets.encrypt(input.phone),
      phoneIndex,
      mustChangePassword: false,
      now: m.now,
    });
    await setRoles(m.trx, user.id, ['public'], null, m.now);
    await m.audit({ action: 'auth.registration.completed', targetType: 'user', targetId: user.id, orgId: town.id, actorOverride: { userId: user.id, name: user.username } });
    return user;
  });
}
