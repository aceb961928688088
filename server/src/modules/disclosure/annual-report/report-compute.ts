import { sql } from 'kysely';
import type { Q } from '../../../core/db/database.js';
import { disclosureTable4Of, RECORDED_TABLE4 } from '../../litigation/litigation.public.js';
import { proactiveTableFigures, type ProactiveTableFigures } from '../proactive/annual-figures.js';
import type { ApplicantKind } from '../requests/vocabulary.js';
import { applicationTable } from './application-table.js';
import { runChecks, type CheckResult } from './checks.js';
import { draftNarrative, feeLine, type Narrative } from './narrative.js';
import { table4Of, loadTable4 } from './review-counts.js';
import { emptyRow, type Column, type Table3, type Table4 } from './table-layout.js';

/** Everything a report for one town and year shows, computed from the records (never stored totals). */
export interface ReportFigures {
  town: { id: string; name: string; code: string };
  year: number;
  sectionTwo: ProactiveTableFigures;
  sectionThree: Table3;
  sectionFour: Table4;
  sectionFourEntered: { at: string; by: string | null } | null;
  /** Where 表四 came from: the litigation register's disclosure cases, else the figures entered by hand. */
  sectionFourSource: string | null;
  fees: { fen: number; count: number; line: string };
  checks: CheckResult[];
}

export interface ReportDocument extends ReportFigures {
  narrative: Narrative;
}

/** 四 as of the end of `year`: applications received by then and not yet finished. One grouped query. */
async function carriedOutAt(q: Q, townId: string, year: number): Promise<Record<Column, number>> {
  const end = `${year}-12-31`;
  const rows = await q
    // tenancy: the report service has resolved `townId` within the caller's scope
    .selectFrom('disclosureRequests')
    .select(['applicantKind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('orgId', '=', townId)
    .where('receivedOn', '<=', end)
    .where((eb) => eb.or([eb('outcomeOn', 'is', null), eb('outcomeOn', '>', end)]))
    .groupBy('applicantKind')
    .execute();
  const out = emptyRow();
  for (const r of rows) {
    out[r.applicantKind as ApplicantKind] += Number(r.n);
    out.total += Number(r.n);
  }
  return out;
}

/** The previous year's 四: as published (what readers saw), else as the records say now. */
async function previousCarriedOut(
  q: Q,
  townId: string,
  year: number,
): Promise<{ values: Record<Column, number>; source: string }> {
  // tenancy: the report service has resolved `townId` within the caller's scope
  const prev = await q
    .selectFrom('disclosureAnnualReports')
    .select('snapshot')
    .where('orgId', '=', townId)
    .where('year', '=', year - 1)
    .executeTakeFirst();
  if (prev?.snapshot)
    return {
      values: (JSON.parse(prev.snapshot) as ReportFigures).sectionThree.carried_out,
      source: `${year - 1}年已发布报告`,
    };
  return { values: await carriedOutAt(q, townId, year - 1), source: `${year - 1}年数据` };
}

async function feesCollected(q: Q, townId: string, year: number) {
  const row = await q
    // tenancy: the report service has resolved `townId` within the caller's scope
    .selectFrom('disclosureRequests')
    .select([
      sql<number>`coalesce(sum(fee_amount_fen), 0)`.as('fen'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .where('orgId', '=', townId)
    .where('feePaidOn', '>=', `${year}-01-01`)
    .where('feePaidOn', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return { fen: Number(row.fen), count: Number(row.n) };
}

export async function computeFigures(
  q: Q,
  town: ReportFigures['town'],
  year: number,
): Promise<ReportFigures> {
  const [sectionTwo, sectionThree, t4, recorded, prev, fees] = await Promise.all([
    proactiveTableFigures(q, town.id, year),
    applicationTable(q, town.id, year),
    loadTable4(q, town.id, year),
    disclosureTable4Of(q, town.id, year),
    previousCarriedOut(q, town.id, year),
    feesCollected(q, town.id, year),
  ]);
  const sectionFour = table4Of(recorded ?? t4.input);
  return {
    town,
    year,
    sectionTwo,
    sectionThree,
    sectionFour,
    sectionFourEntered: t4.entered,
    sectionFourSource: recorded ? RECORDED_TABLE4 : t4.entered ? '手工录入' : null,
    fees: { ...fees, line: feeLine(year, fees.fen, fees.count) },
    checks: runChecks(sectionThree, sectionFour, prev.values, prev.source),
  };
}

/** The staff-written sections as saved, or a first draft from the figures. */
export async function narrativeOf(
  q: Q,
  f: ReportFigures,
): Promise<{ narrative: Narrative; saved: boolean }> {
  // tenancy: the report service has resolved the town within the caller's scope
  const row = await q
    .selectFrom('disclosureAnnualReports')
    .select(['overview', 'problems', 'otherMatters'])
    .where('orgId', '=', f.town.id)
    .where('year', '=', f.year)
    .executeTakeFirst();
  return row
    ? { narrative: row, saved: true }
    : {
        narrative: draftNarrative(f.town.name, f.year, f.sectionThree, f.sectionFour),
        saved: false,
      };
}
