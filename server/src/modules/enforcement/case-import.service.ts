import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { parseXlsx, xlsxTemplate, type ImportError } from '../../core/documents/xlsx-import.js';
import { badRequest } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { CASE_OWNER } from './case.step.js';
import { importedCase } from './imported-case.js';
import { COLUMNS, H, row, type LedgerRow } from './case-ledger.schema.js';
import { ART } from './enforcement.vocabulary.js';

// tenancy: entrustments and existing case numbers are read within the importer's town (scoped)

/** 案件台账导入: a town's concluded past cases, brought in from its own XLSX ledger. */

export const caseImportTemplate = () =>
  xlsxTemplate('行政处罚案件台账', COLUMNS, [
    '每行一件已结案的案件；执法领域、权力来源、当事人类型按模板示例填写。',
    '权力来源为“委托”的，委托机关须与本镇已登记的委托书一致（《行政处罚法》第二十条）。',
    '任何一行有误，整个文件都不会导入，并逐行列出问题。',
  ]);

/** Checks every row against the town's records, writes nothing if any is wrong, then records them all. */
export async function importCaseLedger(deps: Deps, ctx: RequestContext, file: Buffer) {
  const actor = authorize(ctx, 'enforcement.case.handle');
  assertTownStaff(actor, 'enforcement.case.import');
  const q = deps.db.kysely;
  const townId = actor.townId!;
  const { wellFormed, errors } = await parseXlsx(file, {
    columns: COLUMNS,
    schema: row,
    maxRows: 5000,
  });
  const entrustments = await scoped(q, actor)
    .selectFrom('enforcementEntrustments')
    .select(['id', 'entrustingBody'])
    .where('orgId', '=', townId)
    .execute();
  const taken = new Set(
    (
      await scoped(q, actor)
        .selectFrom('enforcementCases')
        .select('caseNo')
        .where('townId', '=', townId)
        .execute()
    ).map((c) => c.caseNo),
  );
  const day = today(deps);
  const add = (r: number, column: string | null, message: string) =>
    errors.push({ row: r, column, message } satisfies ImportError);
  const cases: { row: LedgerRow; entrustmentId: string | null }[] = [];
  for (const { row: r, value: v } of wellFormed) {
    if (taken.has(v.caseNo)) add(r, H.caseNo, `案号“${v.caseNo}”已存在`);
    taken.add(v.caseNo);
    const e =
      v.basis === 'entrusted'
        ? entrustments.find((x) => x.entrustingBody === v.entrustingBody)
        : undefined;
    if (v.basis === 'entrusted' && !e)
      add(
        r,
        H.entrustingBody,
        '委托案件须填写本镇已登记委托书的委托机关（《行政处罚法》第二十条）',
      );
    if (v.decidedOn < v.filedOn) add(r, H.decidedOn, '决定日期早于立案日期');
    if (v.closedOn < v.decidedOn) add(r, H.closedOn, '结案日期早于决定日期');
    if (v.paidOn && v.paidOn < v.decidedOn) add(r, H.paidOn, '缴款日期早于决定日期');
    if (v.closedOn > day) add(r, H.closedOn, '结案日期不能晚于今天');
    cases.push({ row: v, entrustmentId: e?.id ?? null });
  }
  if (errors.length) {
    errors.sort((a, b) => a.row - b.row);
    throw badRequest(
      `导入文件有 ${errors.length} 处问题，未导入任何案件`,
      { errors },
      'IMPORT_INVALID',
    );
  }
  if (!cases.length) throw badRequest('导入文件中没有案件数据', { errors: [] }, 'IMPORT_INVALID');
  return mutation(deps, ctx, async (m) => {
    const at = m.now.toISOString();
    for (const c of cases) {
      const id = newId();
      await m.trx
        .insertInto('enforcementCases')
        .values(
          importedCase(c.row, {
            id,
            orgId: actor.orgId,
            townId,
            entrustmentId: c.entrustmentId,
            by: actor.userId,
            at,
            day,
          }),
        )
        .execute();
      await m.audit({
        action: 'enforcement.case.imported',
        targetType: CASE_OWNER,
        targetId: id,
        orgId: actor.orgId,
        basis: ART.records,
        meta: { caseNo: c.row.caseNo, decisionDocNo: c.row.decisionDocNo },
      });
    }
    return { imported: cases.length };
  });
}
