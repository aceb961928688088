import { CONTACT_PHONE_FORMAT, ID_OR_CREDIT_CODE_FORMAT, isoDate } from '@fazhi/shared';
import { z } from 'zod';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { today, type Deps } from '../../core/deps.js';
import {
  parseXlsx,
  vocabularyCell,
  xlsxTemplate,
  type ImportColumn,
  type ImportError,
} from '../../core/documents/xlsx-import.js';
import { badRequest } from '../../core/errors.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import {
  dupKeyOf,
  earlierDispute,
  insertDispute,
  partiesProblem,
  type NewDispute,
  type NewParty,
} from './dispute.service.js';
import { CATEGORIES, CHANNELS, type Category, type Channel } from './disputes.vocabulary.js';

// tenancy: duplicate look-ups go through earlierDispute (scoped() to the actor's town)

/**
 * Import of an existing 调解台账 (XLSX): every row is checked and shown with its problems in Chinese
 * (preview, nothing written); on confirmation the same file is imported all or nothing, each row a
 * registered dispute with its own code (一案一编码) and audit event, in one transaction.
 */

const H = {
  receivedOn: '受理日期',
  channel: '受理渠道',
  channelRef: '渠道编号',
  category: '纠纷类型',
  title: '纠纷事项',
  facts: '主要事实和争议事项',
  applicant: '申请人',
  applicantId: '申请人证件号码',
  applicantPhone: '申请人联系电话',
  applicantAddress: '申请人住址',
  respondent: '被申请人',
  respondentId: '被申请人证件号码',
  respondentPhone: '被申请人联系电话',
  respondentAddress: '被申请人住址',
} as const;

const COLUMNS: ImportColumn[] = [
  { header: H.receivedOn, key: 'receivedOn', required: true, example: '2024-05-06', width: 12 },
  { header: H.channel, key: 'channel', required: true, example: '村调委会移送', width: 22 },
  { header: H.channelRef, key: 'channelRef', example: '', width: 20 },
  { header: H.category, key: 'category', required: true, example: '邻里纠纷', width: 12 },
  { header: H.title, key: 'title', required: true, example: '宅前排水沟堵塞纠纷', width: 28 },
  {
    header: H.facts,
    key: 'facts',
    required: true,
    example: '申请人称被申请人堆放杂物堵塞排水沟，雨天积水倒灌。',
    width: 50,
  },
  { header: H.applicant, key: 'applicant', required: true, example: '李某某', width: 14 },
  { header: H.applicantId, key: 'applicantId', width: 22 },
  { header: H.applicantPhone, key: 'applicantPhone', width: 16 },
  { header: H.applicantAddress, key: 'applicantAddress', example: '桥头镇上林湖村', width: 20 },
  { header: H.respondent, key: 'respondent', required: true, example: '王某某', width: 14 },
  { header: H.respondentId, key: 'respondentId', width: 22 },
  { header: H.respondentPhone, key: 'respondentPhone', width: 16 },
  { header: H.respondentAddress, key: 'respondentAddress', example: '桥头镇上林湖村', width: 20 },
];

/** A cell as text (Excel stores phone and ID numbers typed as numbers). */
const cellOf = (label: string) =>
  z.union([z.string(), z.number()], { error: `请填写${label}` }).transform((v) => String(v).trim());
const cell = cellOf('该列');
const text = (label: string, max: number) =>
  cellOf(label).pipe(z.string().min(1, `请填写${label}`).max(max, `${label}不超过${max}字`));
const optional = (label: string, max: number) =>
  cell.pipe(z.string().max(max, `${label}不超过${max}字`)).optional();
const idNumber = (label: string) =>
  cell
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(ID_OR_CREDIT_CODE_FORMAT, `${label}须为18位`))
    .optional();
const phone = (label: string) =>
  cell.pipe(z.string().regex(CONTACT_PHONE_FORMAT, `${label}格式有误`)).optional();

const labelled = <K extends string>(what: string, vocab: Record<K, string>) =>
  cell.pipe(vocabularyCell(what, vocab));

const row = z.object({
  receivedOn: isoDate,
  channel: labelled<Channel>('受理渠道', CHANNELS),
  channelRef: optional('渠道编号', 60),
  category: labelled<Category>('纠纷类型', CATEGORIES),
  title: text('纠纷事项', 200),
  facts: text('主要事实和争议事项', 5000),
  applicant: text('申请人', 100),
  applicantId: idNumber('申请人证件号码'),
  applicantPhone: phone('申请人联系电话'),
  applicantAddress: optional('申请人住址', 200),
  respondent: text('被申请人', 100),
  respondentId: idNumber('被申请人证件号码'),
  respondentPhone: phone('被申请人联系电话'),
  respondentAddress: optional('被申请人住址', 200),
});
type Row = z.infer<typeof row>;

const partyOf = (
  role: NewParty['role'],
  name: string,
  idNo: string | undefined,
  tel: string | undefined,
  address: string | undefined,
): NewParty => ({
  role,
  name,
  ...(idNo ? { idNumber: idNo } : {}),
  ...(tel ? { phone: tel } : {}),
  ...(address ? { address } : {}),
});

const disputeOf = (v: Row): NewDispute & { receivedOn: string } => ({
  channel: v.channel,
  ...(v.channelRef ? { channelRef: v.channelRef } : {}),
  receivedOn: v.receivedOn,
  category: v.category,
  title: v.title,
  facts: v.facts,
  parties: [
    partyOf('applicant', v.applicant, v.applicantId, v.applicantPhone, v.applicantAddress),
    partyOf('respondent', v.respondent, v.respondentId, v.respondentPhone, v.respondentAddress),
  ],
});

export const ledgerImportTemplate = () =>
  xlsxTemplate('调解台账', COLUMNS, [
    '每行一件纠纷，导入后为“已登记”状态，逐件生成纠纷编码（一案一编码），再按流程分派、受理、调解。',
    `“受理渠道”填：${Object.values(CHANNELS).join('、')}。`,
    `“纠纷类型”填：${Object.values(CATEGORIES).join('、')}。`,
    '任何一行有误，整个文件都不会导入，并逐行列出问题。',
  ]);

interface Checked {
  row: number;
  dispute: NewDispute & { receivedOn: string };
  /** An earlier dispute of the same parties and matter: in the town, or an earlier row of this file. */
  duplicateOf: { id: string; code: string } | { row: number } | null;
}

/** Parses and checks every row; nothing is written. */
async function checkLedger(deps: Deps, ctx: RequestContext, file: Buffer) {
  const actor = authorize(ctx, 'disputes.intake');
  assertTownStaff(actor, 'disputes.dispute.import');
  const { wellFormed, errors } = await parseXlsx(file, {
    columns: COLUMNS,
    schema: row,
    maxRows: 2000,
  });
  const day = today(deps);
  const seen = new Map<string, number>();
  const checked: Checked[] = [];
  for (const { row: r, value } of wellFormed) {
    const dispute = disputeOf(value);
    if (value.receivedOn > day)
      errors.push({ row: r, column: H.receivedOn, message: '受理日期不能晚于今天' });
    const problem = partiesProblem(dispute.parties);
    if (problem) errors.push({ row: r, column: null, message: problem });
    const key = dupKeyOf(dispute.category, dispute.parties);
    const earlier = await earlierDispute(deps.db.kysely, actor, key);
    const inFile = seen.get(key);
    if (inFile === undefined) seen.set(key, r);
    checked.push({
      row: r,
      dispute,
      duplicateOf: earlier ?? (inFile !== undefined ? { row: inFile } : null),
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { actor, checked, errors: errors satisfies ImportError[] };
}

/** 预览: every row as it would be registered, with its problems; nothing is written. */
export async function previewLedgerImport(deps: Deps, ctx: RequestContext, file: Buffer) {
  const { checked, errors } = await checkLedger(deps, ctx, file);
  return {
    rows: checked.map((c) => ({
      row: c.row,
      receivedOn: c.dispute.receivedOn,
      channelLabel: CHANNELS[c.dispute.channel],
      categoryLabel: CATEGORIES[c.dispute.category],
      title: c.dispute.title,
      parties: c.dispute.parties.map((p) => p.name).join('、'),
      duplicateOf: c.duplicateOf,
      errors: errors.filter((e) => e.row === c.row).map((e) => e.message),
    })),
    errors,
    valid: errors.length === 0 && checked.length > 0,
  };
}

/** 确认导入: all rows or none, each with its code and audit event. */
export async function importLedger(deps: Deps, ctx: RequestContext, file: Buffer) {
  const { actor, checked, errors } = await checkLedger(deps, ctx, file);
  if (errors.length)
    throw badRequest(
      `导入文件有 ${errors.length} 处问题，未导入任何纠纷`,
      { errors },
      'IMPORT_INVALID',
    );
  return mutation(deps, ctx, async (m) => {
    const byRow = new Map<number, { id: string; code: string }>();
    for (const c of checked) {
      const dup =
        c.duplicateOf && 'row' in c.duplicateOf ? byRow.get(c.duplicateOf.row) : c.duplicateOf;
      byRow.set(
        c.row,
        await insertDispute(m, actor, c.dispute, dup ?? undefined, { importedRow: c.row }),
      );
    }
    return {
      imported: checked.length,
      disputes: checked.map((c) => ({ row: c.row, ...byRow.get(c.row)! })),
    };
  });
}
