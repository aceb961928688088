import { randomBytes } from 'node:crypto';
import type { RequestContext } from '../../core/authz/actor.js';
import { maskPhone } from '../../core/crypto/mask.js';
import { countHit, firstThisMinute } from '../../core/db/atomic-counter.js';
import type { Deps } from '../../core/deps.js';
import { badRequest, conflict, tooManyRequests } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import {
  checkVerificationCode,
  CODE_TTL_MINUTES,
  storeCode,
  useVerificationCode,
} from '../../core/sms/verification-code.js';
import { findOrgByCode } from '../orgs/orgs.public.js';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords.js';
import { insertUser, setRoles } from './user.repository.js';

/** SMS limits, each one atomic counter: per number a minute and a day, per address an hour. */
const SMS_LIMITS = [
  {
    key: (p: string) => `sms-phone-min:${p}`,
    windowMinutes: 1,
    max: 1,
    message: '验证码已发送，请 60 秒后再试',
  },
  {
    key: (p: string) => `sms-phone-day:${p}`,
    windowMinutes: 24 * 60,
    max: 5,
    message: '该手机号今日获取验证码次数已达上限',
  },
] as const;
const SMS_PER_ADDRESS_PER_HOUR = 20;

/**
 * Citizens and enterprises register with their phone: a 6-digit code goes out through the SMS gateway.
 * The answer is the same whether or not the number is registered; the owner of a registered number
 * gets a reminder instead of a code.
 */
export async function sendRegistrationCode(deps: Deps, ctx: RequestContext, phone: string) {
  const phoneIndex = deps.secrets.blindIndex(phone);
  if (ctx.ip)
    await limitSms(
      deps,
      ctx,
      `sms-ip:${ctx.ip}`,
      60,
      SMS_PER_ADDRESS_PER_HOUR,
      '请求过于频繁，请稍后再试',
    );
  for (const l of SMS_LIMITS)
    await limitSms(deps, ctx, l.key(phoneIndex), l.windowMinutes, l.max, l.message);
  const registered = !!(await findPublicByPhone(deps, phoneIndex));
  const code = await mutation(deps, ctx, async (m) => {
    const stored = registered
      ? null
      : await storeCode(m.trx, m.now, { phoneIndex, purpose: 'register', ip: ctx.ip });
    await m.audit({
      action: 'auth.registration.code_sent',
      orgId: null,
      targetType: 'phone',
      targetId: maskPhone(phone),
      meta: { registered },
    });
    return stored;
  });
  await deps.sms.send(
    phone,
    registered
      ? '【法治桥头】该手机号已注册，可直接用手机号和密码登录；忘记密码请联系乡镇窗口。如非本人操作，请忽略本短信。'
      : `【法治桥头】您的注册验证码为 ${code}，${CODE_TTL_MINUTES} 分钟内有效。如非本人操作，请忽略本短信。`,
  );
  return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
}

/** One atomic counter; over the limit, a 429 and (once a minute per key) an audit event. */
async function limitSms(
  deps: Deps,
  ctx: RequestContext,
  key: string,
  windowMinutes: number,
  max: number,
  message: string,
) {
  const now = deps.time.now();
  if ((await countHit(deps.db.kysely, key, windowMinutes, now)) <= max) return;
  if (await firstThisMinute(deps.db.kysely, key, now)) {
    await mutation(deps, ctx, (m) =>
      m.audit({
        action: 'auth.sms.throttled',
        orgId: null,
        targetType: 'sms_limit',
        targetId: key.split(':')[0]!,
        meta: { max, windowMinutes },
      }),
    );
  }
  throw tooManyRequests(message);
}

// tenancy: registration, before there is an actor
const findPublicByPhone = (deps: Deps, phoneIndex: string) =>
  deps.db.kysely
    .selectFrom('users')
    .innerJoin('userRoles', 'userRoles.userId', 'users.id')
    .select('users.id')
    .where('users.phoneIndex', '=', phoneIndex)
    .where('userRoles.roleKey', '=', 'public')
    .executeTakeFirst();

/** A 公众 account's username: not the phone number (that is personal data), e.g. `u7k3m9q2x`. */
const publicUsername = () => `u${randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0')}`;

interface RegisterInput {
  phone: string;
  displayName: string;
  password: string;
  code: string;
}

/**
 * Creates a 公众 account in the portal's town. The SMS code is checked first, so only the owner of a
 * number learns whether it is registered. The username is generated; the phone is stored encrypted
 * (with its blind index for signing in by phone).
 */
export async function register(deps: Deps, ctx: RequestContext, input: RegisterInput) {
  const q = deps.db.kysely;
  const phoneIndex = deps.secrets.blindIndex(input.phone);
  const codeId = await checkVerificationCode(deps, phoneIndex, 'register', input.code);
  if (await findPublicByPhone(deps, phoneIndex))
    throw conflict('该手机号已注册，请直接用手机号登录', 'ALREADY_REGISTERED');
  assertPasswordAcceptable(input.password, input.phone);
  const town = await findOrgByCode(q, deps.config.portalTownCode);
  if (!town) throw badRequest('本平台尚未开通公众注册', null, 'PORTAL_NOT_READY');
  const passwordHash = await hashPassword(input.password);
  return mutation(deps, ctx, async (m) => {
    await useVerificationCode(m.trx, codeId, m.now);
    const user = await insertUser(m.trx, {
      orgId: town.id,
      username: publicUsername(),
      displayName: input.displayName,
      passwordHash,
      phoneEnc: deps.secrets.encrypt(input.phone),
      phoneIndex,
      mustChangePassword: false,
      now: m.now,
    });
    await setRoles(m.trx, user.id, ['public'], null, m.now);
    await m.audit({
      action: 'auth.registration.completed',
      targetType: 'user',
      targetId: user.id,
      orgId: town.id,
      actorOverride: { userId: user.id, name: user.username },
    });
    return user;
  });
}
