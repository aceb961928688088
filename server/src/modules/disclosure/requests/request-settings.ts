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
  /** Working days to pay after the fee notice. */
  feePaymentDays: number;
  /** The payment period runs from the day the applicant receives the notice, or (a town's choice) from its issue. */
  feePeriodFrom: 'receipt' | 'issue';
  /** 按件计收 counts the applicant's applications to this town only, or to every town on the platform. */
  feeCountScope: 'town' | 'platform';
  /** 行政复议机关 named in the remedy notice; null: the county-level government above the town. */
  reviewAuthority: string | null;
  /** 人民法院 named in the remedy notice. */
  court: string | null;
}

const DEFAULT_SETTINGS: RequestSettings = {
  // [U] Pausing protects the office while the applicant decides whether to pay; practice varies.
  feeNoticePausesClock: true,
  // [U] Common practice in Zhejiang notices: 15 working days to correct.
  correctionPeriodDays: 15,
  // [U] 国办函〔2020〕109号: 20 working days from receiving the notice (text not in shared/laws).
  feePaymentDays: 20,
  // [U] 109号 counts from the applicant's receipt of the notice.
  feePeriodFrom: 'receipt',
  // [U] 109号 counts one applicant's applications to one administrative body (each town is its own body).
  feeCountScope: 'town',
  reviewAuthority: null,
  // [U] Administrative cases are heard by designated courts in parts of Zhejiang; name the court only when known.
  court: null,
};

export const SETTING_SOURCES: Record<keyof RequestSettings, string> = {
  feeNoticePausesClock: '《政府信息公开条例》及国办函〔2020〕109号未规定，由本机关确定',
  correctionPeriodDays: '《政府信息公开条例》第三十条“合理的补正期限”，由本机关确定',
  feePaymentDays:
    '[U] 国办函〔2020〕109号：申请人自收到收费通知之日起20个工作日内缴纳（全文未收入法规库）',
  feePeriodFrom:
    '[U] 国办函〔2020〕109号：缴费期限自申请人收到收费通知之日起计算（全文未收入法规库）',
  feeCountScope:
    '[U] 国办函〔2020〕109号：按件计收以同一申请人向同一行政机关在一个自然月内提出的申请件数累计（全文未收入法规库）',
  reviewAuthority:
    '《中华人民共和国行政复议法》第二十四条第一款第（二）项：对下一级人民政府作出的行政行为不服的，由县级以上地方人民政府管辖',
  court: '《中华人民共和国行政诉讼法》第十四条、第十八条',
};

export const DEFAULT_COURT = '有管辖权的人民法院';

export async function loadSettings(q: Q, townId: string): Promise<RequestSettings> {
  // tenancy: the caller has already resolved `townId` within its own scope (or it is the portal's town)
  const row = await q
    .selectFrom('disclosureRequestSettings')
    .selectAll()
    .where('orgId', '=', townId)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    feeNoticePausesClock: row.feeNoticePausesClock === 1,
    correctionPeriodDays: row.correctionPeriodDays,
    feePaymentDays: row.feePaymentDays,
    feePeriodFrom: row.feePeriodFrom,
    feeCountScope: row.feeCountScope,
    reviewAuthority: row.reviewAuthority,
    court: row.court,
  };
}

/** The county-level government above the town, by the org tree: 慈溪市 → 慈溪市人民政府. */
export async function reviewAuthorityOf(
  q: Q,
  townId: string,
  settings: RequestSettings,
): Promise<string> {
  if (settings.reviewAuthority) return settings.reviewAuthority;
  const town = await q
    .selectFrom('orgs')
    .select('parentId')
    .where('id', '=', townId)
    .executeTakeFirst();
  const county = town?.parentId
    ? await q.selectFrom('orgs').select('name').where('id', '=', town.parentId).executeTakeFirst()
    : undefined;
  return county ? `${county.name}人民政府` : '上一级人民政府';
}
