import { sql } from 'kysely';
import type { Q } from '../../core/db/database.js';
import type { DecisionsTable } from './decisions.tables.js';
import type { Procedure, RiskLevel } from './decisions.vocabulary.js';
import './procedures.tables.js';

// tenancy: child rows of a decision already loaded through scoped()

/** What the hearing, the experts and the risk report contribute to a decision's facts. */
export interface ProcedureFacts {
  /** The catalogue entry requires a hearing (履行程序要求), and its record (笔录) has been entered. */
  hearingRequired: boolean;
  hearingRecorded: boolean;
  /** The entry requires expert review; experts chosen for it and signed opinions received. */
  expertRequired: boolean;
  expertsChosen: number;
  expertOpinionsSigned: number;
  /** A 风险评估报告 is recorded, and its conclusion. */
  riskReported: boolean;
  riskReportLevel: RiskLevel | null;
}

export async function procedureFacts(q: Q, r: DecisionsTable): Promise<ProcedureFacts> {
  const entry = await q
    .selectFrom('decisionCatalogueEntries')
    .select('procedures')
    .where('id', '=', r.entryId)
    .executeTakeFirstOrThrow();
  const hearing = await q
    .selectFrom('decisionHearings')
    .select('record')
    .where('decisionId', '=', r.id)
    .executeTakeFirst();
  const picks = await q
    .selectFrom('decisionExpertPicks')
    .select([sql<number>`count(*)`.as('chosen'), sql<number>`count(signed_on)`.as('signed')])
    .where('decisionId', '=', r.id)
    .executeTakeFirstOrThrow();
  const report = await q
    .selectFrom('decisionRiskReports')
    .select('conclusion')
    .where('decisionId', '=', r.id)
    .executeTakeFirst();
  const procedures = JSON.parse(entry.procedures) as Procedure[];
  return {
    hearingRequired: procedures.includes('hearing'),
    hearingRecorded: Boolean(hearing?.record),
    expertRequired: procedures.includes('expert_review'),
    expertsChosen: Number(picks.chosen),
    expertOpinionsSigned: Number(picks.signed),
    riskReported: report !== undefined,
    riskReportLevel: report?.conclusion ?? null,
  };
}
