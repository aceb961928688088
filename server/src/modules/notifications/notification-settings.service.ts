import type { RequestContext } from '../../core/authz/actor.js';
import { requireActor } from '../../core/authz/authorize.js';
import { maskPhone } from '../../core/crypto/mask.js';
import type { Deps } from '../../core/deps.js';
import { notFound, ruleViolation } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { DEFAULT_DAYS_AHEAD } from '../../core/notifications/notify.js';

interface SettingsInput {
  sms: boolean;
  zzd: boolean;
  zzdAccountId: string | null;
  quietStart: string | null;
  quietEnd: string | null;
  daysAhead: number;
}

/** The caller's settings (defaults until saved), the masked phone SMS would go to, and which channels exist. */
export async function getSettings(deps: Deps, ctx: RequestContext) {
  const actor = requireActor(ctx);
  if (!actor.userId) throw notFound();
  const q = deps.db.kysely;
  const [row, user] = await Promise.all([
    // tenancy: the caller's own settings and account
    q
      .selectFrom('notificationSettings')
      .selectAll()
      .where('userId', '=', actor.userId)
      .executeTakeFirst(),
    q
      .selectFrom('users')
      .select('phoneEnc')
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow(),
  ]);
  const available = deps.messages.channels();
  return {
    inApp: true as const,
    sms: row?.sms === 1,
    zzd: row?.zzd === 1,
    zzdAccountId: row?.zzdAccountId ?? null,
    quietStart: row?.quietStart ?? null,
    quietEnd: row?.quietEnd ?? null,
    daysAhead: row?.daysAhead ?? DEFAULT_DAYS_AHEAD,
    phoneMasked: user.phoneEnc ? maskPhone(deps.secrets.decrypt(user.phoneEnc)) : null,
    available: { sms: available.includes('sms'), zzd: available.includes('zzd') },
  };
}

/** Saves the caller's settings; a channel can be turned on only where it exists and can reach them. */
export async function saveSettings(deps: Deps, ctx: RequestContext, input: SettingsInput) {
  const actor = requireActor(ctx);
  const userId = actor.userId;
  if (!userId) throw notFound();
  const current = await getSettings(deps, ctx);
  if (input.sms && !current.available.sms)
    throw ruleViolation('本系统未接入短信平台，无法开启短信提醒', 'CHANNEL_UNAVAILABLE');
  if (input.sms && !current.phoneMasked)
    throw ruleViolation('账号没有登记手机号，无法开启短信提醒', 'NO_PHONE');
  if (input.zzd && !current.available.zzd)
    throw ruleViolation('本系统未接入浙政钉，无法开启浙政钉提醒', 'CHANNEL_UNAVAILABLE');
  if (input.zzd && !input.zzdAccountId)
    throw ruleViolation('开启浙政钉提醒需填写浙政钉账号', 'ZZD_ACCOUNT_REQUIRED');
  if ((input.quietStart === null) !== (input.quietEnd === null))
    throw ruleViolation('免打扰时段需同时填写开始和结束时间', 'QUIET_HOURS_INCOMPLETE');
  await mutation(deps, ctx, async (m) => {
    const values = {
      sms: input.sms ? 1 : 0,
      zzd: input.zzd ? 1 : 0,
      zzdAccountId: input.zzdAccountId,
      quietStart: input.quietStart,
      quietEnd: input.quietEnd,
      daysAhead: input.daysAhead,
      updatedAt: m.now.toISOString(),
    } as const;
    await m.trx
      .insertInto('notificationSettings')
      .values({ userId, ...values })
      .onConflict((oc) => oc.column('userId').doUpdateSet(values))
      .execute();
    await m.audit({
      action: 'notification.settings.updated',
      targetType: 'user',
      targetId: userId,
      meta: {
        sms: input.sms,
        zzd: input.zzd,
        quiet: input.quietStart ? `${input.quietStart}-${input.quietEnd}` : null,
        daysAhead: input.daysAhead,
      },
    });
  });
  return getSettings(deps, ctx);
}
