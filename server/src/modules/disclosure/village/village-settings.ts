import type { Q } from '../../../core/db/database.js';
import type { AffairCategory, Frequency } from './village-vocabulary.js';

// tenancy: settings of the actor's own town and its villages

/**
 * [U] values of 三务公开 the law leaves open, with their defaults and where these come from. A town
 * changes them (village-admin.service.ts); frequencies are set per village and category.
 */
export const VILLAGE_DEFAULTS = {
  dueDay: {
    value: 10,
    source:
      '法律只规定“至少每季度/每月公布一次”；本地多以每月 10 日前后为村务公开日 [P/U]：某期事项应在该期结束后次月的该日前公布',
  },
  majorDays: {
    value: 5,
    source: '重大事项“应当随时公布”，未规定天数 [U]；默认自决定或发生之日起 5 个工作日内',
  },
  complaintDays: {
    value: 15,
    source:
      '第三十一条要求乡镇“负责调查核实”，未规定期限 [U]；默认自收到反映之日起 15 个工作日内作出处理',
  },
  orderDays: { value: 10, source: '责令依法公布后村应当公布的期限未规定 [U]；默认 10 个工作日' },
  frequency: {
    value: 'quarterly' as Frequency,
    source:
      '《村民委员会组织法》第三十条第二款：一般事项至少每季度公布一次；集体财务往来较多的村，财务收支应设为每月',
  },
} as const;

interface VillageSettings {
  dueDay: number;
  majorDays: number;
  complaintDays: number;
  orderDays: number;
}

export async function villageSettings(q: Q, townId: string): Promise<VillageSettings> {
  const row = await q
    .selectFrom('villageAffairsSettings')
    .selectAll()
    .where('orgId', '=', townId)
    .executeTakeFirst();
  return {
    dueDay: row?.dueDay ?? VILLAGE_DEFAULTS.dueDay.value,
    majorDays: row?.majorDays ?? VILLAGE_DEFAULTS.majorDays.value,
    complaintDays: row?.complaintDays ?? VILLAGE_DEFAULTS.complaintDays.value,
    orderDays: row?.orderDays ?? VILLAGE_DEFAULTS.orderDays.value,
  };
}

/** Frequency per village and category (the default where none is set). */
export async function frequencies(
  q: Q,
  villageIds: string[],
): Promise<(villageId: string, c: AffairCategory) => Frequency> {
  const rows = villageIds.length
    ? await q
        .selectFrom('villagePublicationRules')
        .select(['orgId', 'category', 'frequency'])
        .where('orgId', 'in', villageIds)
        .execute()
    : [];
  const set = new Map(rows.map((r) => [`${r.orgId}:${r.category}`, r.frequency]));
  return (villageId, c) => set.get(`${villageId}:${c}`) ?? VILLAGE_DEFAULTS.frequency.value;
}
