import type { Actor, RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { today, type Deps } from '../../core/deps.js';
import { buildOfficialLetter } from '../../core/documents/docx-letter.js';
import { conflict } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { issuingAuthority, pageTown, type TownRef } from '../orgs/orgs.public.js';
import { defaultCutOff, indicatorSet } from './indicator-set.js';
import type { BoundValue } from './placeholders.js';
import {
  boundValues,
  checkReport,
  letterBlocks,
  reportBlocks,
  type ReportBlock,
} from './report-text.js';
import { reportAbilities, reportPath } from './report.step.js';
import type { LawReportsTable } from './report.tables.js';
import { LAW_REPORT_STATES } from './report.workflow.js';

// tenancy: reports and entries read through scoped() within the page's town

export const RULE = '法治政府建设年度报告按乡镇编制';

export const reportTitle = (year: number) => `关于${year}年度法治政府建设工作情况的报告`;

async function reportRow(q: Q, actor: Actor, townId: string, year: number) {
  return scoped(q, actor)
    .selectFrom('lawReports')
    .selectAll()
    .where('orgId', '=', townId)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** Every indicator of a town for a year (GET /indicators), with its period, source and drill-down. */
export async function getIndicators(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'report.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, RULE);
  const row = await reportRow(q, actor, town.id, f.year);
  const cutOffOn = row?.cutOffOn ?? defaultCutOff(f.year);
  return {
    year: f.year,
    town: town.name,
    townId: town.id,
    cutOffOn,
    computedAt: deps.time.now().toISOString(),
    indicators: await indicatorSet(q, actor, town.id, f.year, cutOffOn, today(deps)),
  };
}

/** The figures a report prints: frozen at publication, live before. */
async function valuesOf(
  q: Q,
  actor: Actor,
  town: TownRef,
  year: number,
  row: LawReportsTable | undefined,
  day: string,
) {
  if (row?.snapshot)
    return new Map(Object.entries(JSON.parse(row.snapshot) as Record<string, BoundValue>));
  const set = await indicatorSet(
    q,
    actor,
    town.id,
    year,
    row?.cutOffOn ?? defaultCutOff(year),
    day,
  );
  return boundValues(year, set);
}

export async function composeReport(deps: Deps, actor: Actor, town: TownRef, year: number) {
  const q = deps.db.kysely;
  const row = await reportRow(q, actor, town.id, year);
  const values = await valuesOf(q, actor, town, year, row, today(deps));
  const narrative = row ? (JSON.parse(row.narrative) as Record<string, string>) : {};
  const blocks = reportBlocks(narrative, values);
  return { row, values, blocks, check: checkReport(blocks, values) };
}

/** The report of a town for a year: paragraphs with their placeholders and as printed, the check, steps. */
export async function getReport(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  orgId: string | undefined,
) {
  const actor = authorize(ctx, 'report.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, orgId, RULE);
  const { row, blocks, check } = await composeReport(deps, actor, town, year);
  const status = row?.status ?? 'draft';
  const ab = row ? await reportAbilities(q, actor, row, check) : { open: [], blocked: [] };
  return {
    id: row?.id ?? null,
    year,
    town: town.name,
    townId: town.id,
    title: reportTitle(year),
    status,
    statusLabel: LAW_REPORT_STATES[status],
    cutOffOn: row?.cutOffOn ?? defaultCutOff(year),
    publishedAt: row?.publishedAt ?? null,
    reportedAt: row?.reportedAt ?? null,
    docxFileId: row?.docxFileId ?? null,
    blocks,
    check,
    abilities: ab.open,
    blocked: ab.blocked,
    ...(row ? await reportPath(q, row) : { path: [], ahead: [] }),
  };
}

/** Staff's paragraphs and the cut-off; only a draft changes (a submitted report is the head's to return). */
export async function saveNarrative(
  deps: Deps,
  ctx: RequestContext,
  year: number,
  body: {
    orgId?: string | undefined;
    paragraphs: Record<string, string>;
    cutOffOn?: string | undefined;
  },
) {
  const actor = authorize(ctx, 'report.edit');
  // Staff above the town supervise the report; they never write it (SUPERVISION_ONLY).
  assertTownStaff(actor, 'report.law_report.narrative_saved');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, body.orgId, RULE, 'write');
  await mutation(deps, ctx, async (m) => {
    const row = await reportRow(m.trx, actor, town.id, year);
    if (row && row.status !== 'draft') throw stateConflict(row.status);
    const at = m.now.toISOString();
    const narrative = {
      ...(row ? (JSON.parse(row.narrative) as Record<string, string>) : {}),
      ...body.paragraphs,
    };
    const cutOffOn = body.cutOffOn ?? row?.cutOffOn ?? defaultCutOff(year);
    const id = row?.id ?? newId();
    if (row)
      await m.trx
        .updateTable('lawReports')
        .set({
          narrative: JSON.stringify(narrative),
          cutOffOn,
          updatedBy: actor.userId,
          updatedAt: at,
        })
        .where('id', '=', id)
        .execute();
    else
      await m.trx
        .insertInto('lawReports')
        .values({
          id,
          orgId: town.id,
          year,
          cutOffOn,
          narrative: JSON.stringify(narrative),
          status: 'draft',
          approvedBy: null,
          approvedAt: null,
          publishedAt: null,
          docxFileId: null,
          snapshot: null,
          reportedAt: null,
          updatedBy: actor.userId,
          updatedAt: at,
        })
        .execute();
    await m.audit({
      action: 'report.law_report.narrative_saved',
      targetType: 'law_report',
      targetId: id,
      orgId: town.id,
      meta: { year, paragraphs: Object.keys(body.paragraphs), cutOffOn },
    });
  });
  return getReport(deps, ctx, year, body.orgId);
}

/** A report past the draft is the head's (退回修改) or already out: its text no longer changes. */
const stateConflict = (status: LawReportsTable['status']) =>
  conflict(`报告当前为“${LAW_REPORT_STATES[status]}”，只有草稿可以修改正文`, 'INVALID_STATE');

/** The report as a GB/T 9704 DOCX: the published file once published, else built from the live figures. */
export async function buildReportDocx(
  deps: Deps,
  town: TownRef,
  year: number,
  blocks: readonly ReportBlock[],
) {
  const issuer = (await issuingAuthority(deps.db.kysely, town.id)).issuer;
  return buildOfficialLetter({
    issuer,
    docNumber: '',
    title: reportTitle(year),
    blocks: letterBlocks(blocks),
    signatory: issuer,
    date: today(deps),
  });
}
