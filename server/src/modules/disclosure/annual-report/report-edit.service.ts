import { assertTownStaff } from '../../../core/workflow/index.js';
import type { RequestContext } from '../../../core/authz/actor.js';
import { authorize } from '../../../core/authz/authorize.js';
import { ruleViolation } from '../../../core/errors.js';
import type { Trx } from '../../../core/db/database.js';
import { today, type Deps } from '../../../core/deps.js';
import { newId } from '../../../core/ids.js';
import { mutation } from '../../../core/mutation.js';
import { issueLetter } from '../../numbering/letter-office.js';
import type { Narrative } from './narrative.js';
import { columnsOf, loadTable4, type Table4Input } from './review-counts.js';
import { computeFigures, narrativeOf, type ReportDocument } from './report-compute.js';
import { buildReportDocx } from './report-docx.js';
import { publishStep } from './report.step.js';
import { REPORT_OWNER } from './report-files.js';
import { REPORT_BASIS, reportTown } from './report.service.js';
import { PUBLICATION_BASIS, publicationTooEarly } from './publication-year.js';

/** Staff work on the report: the written sections, the 表四 counts, and publication. */

/** The town's report row for the year, created (as a draft with `text`) when missing. */
async function reportRow(
  trx: Trx,
  townId: string,
  year: number,
  text: Narrative,
  by: string | null,
  at: string,
) {
  await trx
    .insertInto('disclosureAnnualReports')
    .values({
      id: newId(),
      orgId: townId,
      year,
      ...text,
      status: 'draft',
      version: 0,
      publishedAt: null,
      publishedBy: null,
      snapshot: null,
      docxFileId: null,
      updatedBy: by,
      updatedAt: at,
    })
    .onConflict((oc) => oc.columns(['orgId', 'year']).doNothing())
    .execute();
  // tenancy: the caller resolved `townId` within its scope
  return trx
    .selectFrom('disclosureAnnualReports')
    .selectAll()
    .where('orgId', '=', townId)
    .where('year', '=', year)
    .executeTakeFirstOrThrow();
}

export async function saveNarrative(
  deps: Deps,
  ctx: RequestContext,
  input: Narrative & { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'disclosure.report.edit');
  const town = await reportTown(deps.db.kysely, actor, input.orgId, 'write');
  assertTownStaff(actor, 'edit');
  const text: Narrative = {
    overview: input.overview,
    problems: input.problems,
    otherMatters: input.otherMatters,
  };
  await mutation(deps, ctx, async (m) => {
    const at = m.now.toISOString();
    const before = await reportRow(m.trx, town.id, input.year, text, actor.userId, at);
    await m.trx
      .updateTable('disclosureAnnualReports')
      .set({ ...text, updatedBy: actor.userId, updatedAt: at })
      .where('id', '=', before.id)
      .execute();
    const changed = (Object.keys(text) as (keyof Narrative)[]).filter((k) => before[k] !== text[k]);
    await m.audit({
      action: 'disclosure.report.narrative_updated',
      targetType: REPORT_OWNER,
      targetId: before.id,
      orgId: town.id,
      basis: REPORT_BASIS,
      meta: { year: input.year, sections: changed },
    });
  });
}

/** 表四 by hand (until the review/litigation module supplies it); every change is in the trail. */
export async function saveReviewCounts(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; orgId?: string | undefined; counts: Table4Input },
) {
  const actor = authorize(ctx, 'disclosure.report.edit');
  const town = await reportTown(deps.db.kysely, actor, input.orgId, 'write');
  assertTownStaff(actor, 'edit');
  await mutation(deps, ctx, async (m) => {
    const before = await loadTable4(m.trx, town.id, input.year);
    const cols = {
      ...columnsOf(input.counts),
      updatedBy: actor.userId,
      updatedAt: m.now.toISOString(),
    };
    await m.trx
      .insertInto('disclosureReviewCounts')
      .values({ id: newId(), orgId: town.id, year: input.year, ...cols })
      .onConflict((oc) => oc.columns(['orgId', 'year']).doUpdateSet(cols))
      .execute();
    await m.audit({
      action: 'disclosure.report.review_counts_updated',
      targetType: 'disclosure_review_counts',
      targetId: null,
      orgId: town.id,
      basis: '《政府信息公开条例》第五十条第一款第（三）项',
      changes: { counts: { before: before.entered ? before.input : null, after: input.counts } },
      meta: { year: input.year, source: 'manual' },
    });
  });
}

/**
 * Publishes the report to the portal: refused while any check V1–V5 fails. The figures, the text and
 * the DOCX are frozen as published; publishing again (a correction) makes a new version.
 */
export async function publishReport(
  deps: Deps,
  ctx: RequestContext,
  input: { year: number; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'disclosure.report.publish');
  const day = today(deps);
  const town = await reportTown(deps.db.kysely, actor, input.orgId, 'write');
  assertTownStaff(actor, 'edit');
  const early = publicationTooEarly(input.year, day);
  if (early) throw ruleViolation(early, 'REPORT_YEAR_NOT_OVER', { basis: PUBLICATION_BASIS });
  return mutation(deps, ctx, async (m) => {
    const figures = await computeFigures(m.trx, town, input.year);
    const failed = figures.checks.filter((c) => !c.ok);
    const { narrative } = await narrativeOf(m.trx, figures);
    const row = await reportRow(
      m.trx,
      town.id,
      input.year,
      narrative,
      actor.userId,
      m.now.toISOString(),
    );
    const checks = {
      failedChecks: failed.map((c) => c.code),
      firstFailure: failed[0]?.failures[0] ?? null,
    };
    return publishStep(m, ctx, deps, row, checks, async () => {
      const doc: ReportDocument = { ...figures, narrative };
      const { file } = await issueLetter(m, deps, {
        townId: town.id,
        orgId: town.id,
        owner: { type: REPORT_OWNER, id: row.id },
        content: (issuer) => buildReportDocx(doc, issuer, day),
        date: day,
        fileName: ({ issuer }) => `${issuer}${input.year}年政府信息公开工作年度报告.docx`,
        by: actor,
      });
      const version = row.version + 1;
      return {
        patch: {
          version,
          publishedAt: m.now.toISOString(),
          publishedBy: actor.userId,
          snapshot: JSON.stringify(doc),
          docxFileId: file.id,
        },
        meta: { year: input.year, version, fileId: file.id },
        value: { version, fileId: file.id },
      };
    });
  });
}
