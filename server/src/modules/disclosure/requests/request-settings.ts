import type { Q } from '../../../core/db/database.js';

/**
 * Choices the law leaves to the office [U], per town, with their defaults and where each default
 * comes from. Stored in disclosure_request_settings; a town without a row uses the defaults.
 */
export interface RequestSettings {
  /** Whether the reply clock stands still while a fee notice is unpaid. The 2019 条例 and 109号 are silent. */
  feeNoticePausesClock: boolean;
  /** The "合理的补正期限" of art 30, in working days. */
  correctionPeriodDays: number;
  /** Working days to pay after the fee notice (the domain file cites a provincial notice for 20). */
  feePaymentDays: number;
  /** 行政复议机关 named in the remedy notice; null: the county-level government above the town. */
  reviewAuthority: string | null;
  /** 人民法院 named in the remedy notice. */
  court: string | null;
}

export const DEFAULT_SETTINGS: RequestSettings = {
  // [U] Pausing protects the office while the applicant decides whether to pay; practice varies.
  feeNoticePausesClock: true,
  // [U] Common practice in Zhejiang notices: 15 working days to correct.
  correctionPeriodDays: 15,
  // [U] 四川省 implementing notice of 国办函〔2020〕109号 (national text not re-read): 20 working days.
  feePaymentDays: 20,
  reviewAuthority: null,
  // [U] Administrative cases are heard by designated courts in parts of Zhejiang; name the court only when known.
  court: null,
};

export const SETTING_SOURCES: Record<keyof RequestSettings, string> = {
  feeNoticePausesClock: '《政府信息公开条例》及国办函〔2020〕109号未规定，由本机关确定',
  correctionPeriodDays: '《政府信息公开条例》第三十条“合理的补正期限”，由本机关确定',
  feePaymentDays: '国办函〔2020〕109号的地方实施通知（20个工作日）',
  reviewAuthority: '《中华人民共和国行政复议法》第二十四条第一款第（二）项：对下一级人民政府作出的行政行为不服的，由县级以上地方人民政府管辖',
  court: '《中华人民共和国行政诉讼法》第十四条、第十八条',
};

export const DEFAULT_COURT = '有管辖权的人民法院';

export async function loadSettings(q: Q, townId: string): Promise<RequestSettings> {
  // tenancy: the caller has already resolved `townId` within its own scope (or it is the portal's town)
  const row = await q.selectFrom('disclosureRequestSettings').selectAll().where('orgId', '=', townId).executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    feeNoticePausesClock: row.feeNoticePausesClock === 1,
    correctionPeriodDays: row.correctionPeriodDays,
    feePaymentDays: row.feePaymentDays,
    reviewAuthority: row.reviewAuthority,
    court: row.court,
  };
}

/** The county-level government above the town, by the org tree: 慈溪市 → 慈溪市人民政府. */
export async function reviewAuthorityOf(q: Q, townId: string, settings: RequestSettings): Promise<string> {
  if (settings.reviewAuthority) return settings.reviewAuthority;
  const town = await q.selectFrom('orgs').select('parentId').where('id', '=', townId).executeTakeFirst();
  const county = town?.parentId ? await q.selectFrom('orgs').select('name').where('id', '=', town.parentId).executeTakeFirst() : undefined;
  return county ? `${county.name}人民政府` : '上一级人民政府';
}
