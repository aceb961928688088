import { can, type Actor, type RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import type { Q } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { issuingAuthority, pageTown } from '../../orgs/orgs.public.js';
import { table3Rows } from './application-table.js';
import {
  computeFigures,
  narrativeOf,
  type ReportDocument,
  type ReportFigures,
} from './report-compute.js';
import { buildReportDocx } from './report-docx.js';
import { reportLayout } from './report-layout.js';
import { COLUMN_LABELS, COLUMNS, TABLE4_GROUPS, TABLE4_RESULTS } from './table-layout.js';
import { publicationTooEarly } from './publication-year.js';

/**
 * 政府信息公开工作年度报告 for a town and year (《政府信息公开条例》第四十九条、第五十条): figures computed
 * from the records, the sections staff write, the checks V1–V5, and its publication state.
 */
export const REPORT_BASIS = '《政府信息公开条例》第五十条、国办公开办函〔2021〕30号';

/** The town the caller reports for: `orgId` if given (a town or an office of one, in scope), else the caller's town. */
export const reportTown = (
  q: Q,
  actor: Actor,
  orgId?: string,
  mode: 'read' | 'write' = 'read',
): Promise<ReportFigures['town']> => pageTown(q, actor, orgId, '年度报告按乡镇编制', mode);

function checkYear(year: number, day: string) {
  if (year > Number(day.slice(0, 4)))
    throw badRequest(`${year}年尚未开始，不能生成年度报告`, { field: 'year' });
}

/** The full report as the staff page shows it. */
export async function getReport(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'disclosure.report.read');
  const q = deps.db.kysely;
  checkYear(input.year, today(deps));
  const town = await reportTown(q, actor, input.orgId);
  const figures = await computeFigures(q, town, input.year);
  const { narrative, saved } = await narrativeOf(q, figures);
  // tenancy: the town was resolved within the caller's scope just above
  const row = await q
    .selectFrom('disclosureAnnualReports')
    .select(['status', 'version', 'publishedAt', 'docxFileId'])
    .where('orgId', '=', town.id)
    .where('year', '=', input.year)
    .executeTakeFirst();
  const allPass = figures.checks.every((c) => c.ok);
  return {
    ...figures,
    layout: reportLayout(figures.sectionThree),
    narrative,
    narrativeSaved: saved,
    publication: {
      status: row?.status ?? 'draft',
      version: row?.version ?? 0,
      publishedAt: row?.publishedAt ?? null,
      docxFileId: row?.docxFileId ?? null,
    },
    abilities: {
      edit: can(actor, 'disclosure.report.edit'),
      publish:
        can(actor, 'disclosure.report.publish') &&
        allPass &&
        !publicationTooEarly(input.year, today(deps)),
    },
  };
}

/**
 * The three tables as JSON for county systems (`GET /disclosure/annual-report?year=`): works with an
 * API token holding disclosure.report.read. Labels travel with the numbers so no lookup table is needed.
 */
export async function reportTables(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'disclosure.report.read');
  checkYear(input.year, today(deps));
  const town = await reportTown(deps.db.kysely, actor, input.orgId);
  const f = await computeFigures(deps.db.kysely, town, input.year);
  return {
    format: '国办公开办函〔2021〕30号',
    town: f.town,
    year: f.year,
    sectionTwo: f.sectionTwo,
    sectionThree: {
      columns: COLUMNS.map((c) => ({ key: c, label: COLUMN_LABELS[c] })),
      rows: table3Rows(f.sectionThree),
    },
    sectionFour: TABLE4_GROUPS.map((g) => ({
      key: g.key,
      label: g.label,
      parent: g.parent,
      values: Object.fromEntries(TABLE4_RESULTS.map((r) => [r.key, f.sectionFour[g.key][r.key]])),
    })),
    fees: { fen: f.fees.fen, count: f.fees.count },
    checks: f.checks,
  };
}

/** The report as a DOCX with today's figures (a draft until published). */
export async function reportDocx(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; orgId?: string | undefined },
) {
  const report = await getReport(deps, ctx, input);
  const { issuer } = await issuingAuthority(deps.db.kysely, report.town.id);
  return {
    bytes: await buildReportDocx(report, issuer, today(deps)),
    name: `${issuer}${input.year}年政府信息公开工作年度报告${report.publication.status === 'published' ? '' : '（草稿）'}.docx`,
  };
}

/** Published reports of the portal's town, newest first; and one of them as published. */
export async function publishedYears(deps: Deps, townId: string) {
  return (
    deps.db.kysely
      // tenancy: public list of published reports of the portal's own town
      .selectFrom('disclosureAnnualReports')
      .select(['year', 'publishedAt', 'version'])
      .where('orgId', '=', townId)
      .where('status', '=', 'published')
      .orderBy('year', 'desc')
      .execute()
  );
}

export async function publishedReport(deps: Deps, townId: string, year: number) {
  // tenancy: a published report of the portal's own town is public
  const row = await deps.db.kysely
    .selectFrom('disclosureAnnualReports')
    .select(['snapshot', 'publishedAt', 'version', 'docxFileId'])
    .where('orgId', '=', townId)
    .where('year', '=', year)
    .where('status', '=', 'published')
    .executeTakeFirst();
  if (!row?.snapshot) throw notFound(`${year}年政府信息公开工作年度报告尚未发布`);
  const report = JSON.parse(row.snapshot) as ReportDocument;
  return {
    ...report,
    layout: reportLayout(report.sectionThree),
    publishedAt: row.publishedAt,
    version: row.version,
    docxAvailable: !!row.docxFileId,
  };
}
