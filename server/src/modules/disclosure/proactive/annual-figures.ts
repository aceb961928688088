import type { Q } from '../../../core/db/database.js';
import { penaltyDecisionsOf } from '../../enforcement/enforcement.public.js';

// tenancy: figures of the town whose report is being compiled (the caller checked it is in scope)

/** 本年制发件数 / 本年废止件数 / 现行有效件数 */
export interface IssuanceCounts {
  issued: number;
  abolished: number;
  inForce: number;
}

/**
 * 表二 (section 二) of the annual disclosure report (国办公开办函〔2021〕30号), for one town and year.
 * Block (一) is counted from the catalogue, and 行政处罚 from the town's enforcement cases when it keeps
 * them; the rest of blocks (五), (六), (八) come from the yearly statistics staff enter with their
 * sources (`sources` says where each figure came from, null when not entered).
 */
export interface ProactiveTableFigures {
  year: number;
  /** 第二十条第（一）项: 规章 (a township makes none, so normally 0) and 行政规范性文件. */
  article20Item1: { rules: IssuanceCounts; normativeDocuments: IssuanceCounts };
  /** 第二十条第（五）项: 行政许可 本年处理决定数量. */
  article20Item5: { licensingDecisions: number };
  /** 第二十条第（六）项: 行政处罚, 行政强制 本年处理决定数量. */
  article20Item6: { penaltyDecisions: number; coercionDecisions: number };
  /** 第二十条第（八）项: 行政事业性收费 本年收费金额, in 万元 (exact: `feesFen` 分). */
  article20Item8: { feesWan: number; feesFen: number };
  sources: {
    licensing: string | null;
    penalties: string | null;
    coercion: string | null;
    fees: string | null;
  };
}

/** The source shown when 行政处罚 is counted from case records rather than entered. */
export const RECORDED_PENALTIES = '本系统行政执法案件记录（本镇赋权、委托执法作出的处罚决定）';

async function issuance(
  q: Q,
  townOrgId: string,
  kind: 'rule' | 'normative_document',
  year: number,
): Promise<IssuanceCounts> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  // Entries currently published: a superseded version or a withdrawn entry is not a separate document.
  const rows = await q
    .selectFrom('disclosureItems')
    .select(['issuedOn', 'abolishedOn'])
    .where('townId', '=', townOrgId)
    .where('category', '=', 'regulations')
    .where('normativeKind', '=', kind)
    .where('status', '=', 'published')
    .execute();
  let issued = 0;
  let abolished = 0;
  let inForce = 0;
  for (const r of rows) {
    if (r.issuedOn && r.issuedOn >= start && r.issuedOn <= end) issued += 1;
    if (r.abolishedOn && r.abolishedOn >= start && r.abolishedOn <= end) abolished += 1;
    if (r.issuedOn && r.issuedOn <= end && (!r.abolishedOn || r.abolishedOn > end)) inForce += 1;
  }
  return { issued, abolished, inForce };
}

/** The four blocks of 表二 for `year`, computed from the town's records. */
export async function proactiveTableFigures(
  q: Q,
  townOrgId: string,
  year: number,
): Promise<ProactiveTableFigures> {
  const [rules, normativeDocuments, penalties, stats] = await Promise.all([
    issuance(q, townOrgId, 'rule', year),
    issuance(q, townOrgId, 'normative_document', year),
    penaltyDecisionsOf(q, townOrgId, year),
    q
      .selectFrom('disclosureAnnualStats')
      .selectAll()
      .where('orgId', '=', townOrgId)
      .where('year', '=', year)
      .executeTakeFirst(),
  ]);
  const fen = Number(stats?.feesFen ?? 0);
  return {
    year,
    article20Item1: { rules, normativeDocuments },
    article20Item5: { licensingDecisions: stats?.licensingDecisions ?? 0 },
    article20Item6: {
      penaltyDecisions: penalties > 0 ? penalties : (stats?.penaltyDecisions ?? 0),
      coercionDecisions: stats?.coercionDecisions ?? 0,
    },
    article20Item8: { feesWan: fen / 1_000_000, feesFen: fen },
    sources: {
      licensing: stats?.licensingSource ?? null,
      penalties: penalties > 0 ? RECORDED_PENALTIES : (stats?.penaltySource ?? null),
      coercion: stats?.coercionSource ?? null,
      fees: stats?.feesSource ?? null,
    },
  };
}
