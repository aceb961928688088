import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { buildArchive, type ArchivePaper } from '../../core/documents/archive-zip.js';
import {
  buildRecordPaper,
  type LetterBlock,
  type RecordPaperInput,
} from '../../core/documents/docx-letter.js';
import { gongwenDate } from '../../core/documents/gongwen-format.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { sendDownload } from '../../core/http/download.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { attachmentsOf, fileRow } from '../files/files.public.js';
import { legalityOpinionLetterOf } from '../review/review.public.js';
import { DECISION_OWNER } from './decision.step.js';
import { DECISION_STATES } from './decision.workflow.js';
import type { DecisionsTable } from './decisions.tables.js';
import { DECISION_ART as ART, NOTICES, RISK_GRADES, RISK_LEVELS } from './decisions.vocabulary.js';

// tenancy: the decision is read through scoped(); drafts, notices, procedures and files are its children

const p = (text: string): LetterBlock => ({ kind: 'paragraph', text });
const h = (text: string): LetterBlock => ({ kind: 'heading1', text });

/** A record (草案, 笔录, 意见, 报告, 纪要摘录) as a GB/T 9704-style DOCX paper of the 案卷. */
async function paper(
  d: DecisionsTable,
  name: string,
  input: Omit<RecordPaperInput, 'keeper'>,
): Promise<ArchivePaper['content']> {
  const keeper = d.leadOffice ?? d.title;
  return { name: `${name}.docx`, bytes: await buildRecordPaper({ ...input, keeper }) };
}

async function draftPapers(q: Q, d: DecisionsTable): Promise<ArchivePaper[]> {
  const drafts = await q
    .selectFrom('decisionDrafts')
    .selectAll()
    .where('decisionId', '=', d.id)
    .orderBy('version')
    .execute();
  const out: ArchivePaper[] = [];
  for (const v of drafts) {
    const articles = await q
      .selectFrom('decisionDraftArticles')
      .select(['heading', 'text'])
      .where('draftId', '=', v.id)
      .orderBy('seq')
      .execute();
    out.push({
      title: `决策草案（第${v.version}稿）`,
      docNo: '',
      on: v.createdOn,
      content: await paper(d, `决策草案第${v.version}稿`, {
        title: `${v.title}（第${v.version}稿）`,
        blocks: [
          ...articles.map((a) => p(`${a.heading}　${a.text}`)),
          ...(v.explanation ? [h('起草说明'), p(v.explanation)] : []),
        ],
        signed: d.leadOffice ? { by: d.leadOffice, on: v.createdOn } : undefined,
      }),
    });
  }
  return out;
}

async function procedurePapers(q: Q, d: DecisionsTable) {
  const [hearing, picks, risk] = await Promise.all([
    q.selectFrom('decisionHearings').selectAll().where('decisionId', '=', d.id).executeTakeFirst(),
    q
      .selectFrom('decisionExpertPicks')
      .innerJoin('decisionExperts', 'decisionExperts.id', 'decisionExpertPicks.expertId')
      .select(['name', 'field', 'employer', 'opinion', 'signedOn'])
      .where('decisionExpertPicks.decisionId', '=', d.id)
      .where('signedOn', 'is not', null)
      .orderBy('signedOn')
      .orderBy('name')
      .execute(),
    q
      .selectFrom('decisionRiskReports')
      .selectAll()
      .where('decisionId', '=', d.id)
      .executeTakeFirst(),
  ]);
  const record: ArchivePaper[] =
    hearing?.record && hearing.recordedOn
      ? [
          {
            title: '听证会记录',
            docNo: '',
            on: hearing.recordedOn,
            content: await paper(d, '听证会记录', {
              title: `《${d.title}》听证会记录`,
              blocks: [
                p(`时间：${gongwenDate(hearing.hearingOn)}。地点：${hearing.place}。`),
                p(`听证事项：${hearing.matters}`),
                h('听证情况'),
                ...hearing.record.split(/\r?\n/).filter(Boolean).map(p),
              ],
              signed: { by: d.leadOffice ?? '听证组织单位', on: hearing.recordedOn },
            }),
          },
        ]
      : [];
  const experts: ArchivePaper[] = [];
  for (const x of picks)
    experts.push({
      title: `专家论证意见（${x.name}）`,
      docNo: '',
      on: x.signedOn!,
      content: await paper(d, `专家论证意见-${x.name}`, {
        title: `关于《${d.title}》的专家论证意见`,
        blocks: [
          p(`论证专家：${x.name}（${x.field}，${x.employer}）`),
          ...(x.opinion ?? '').split(/\r?\n/).filter(Boolean).map(p),
        ],
        signed: { by: `专家：${x.name}`, on: x.signedOn! },
      }),
    });
  const report: ArchivePaper[] = risk
    ? [
        {
          title: '风险评估报告',
          docNo: '',
          on: risk.reportedOn,
          content: await paper(d, '风险评估报告', {
            title: `《${d.title}》风险评估报告`,
            blocks: [
              p(`评估单位：${risk.assessor}`),
              h('风险点'),
              p(risk.points),
              h('风险防范措施'),
              p(risk.measures),
              h('处置预案'),
              p(risk.plan),
              h('评估结论'),
              p(`${RISK_LEVELS[risk.conclusion]}（${RISK_GRADES[risk.grade]}）`),
            ],
            signed: { by: risk.assessor, on: risk.reportedOn },
          }),
        },
      ]
    : [];
  return { record, experts, report };
}

async function decisionExtract(d: DecisionsTable): Promise<ArchivePaper[]> {
  if (!d.decidedOn || !d.decisionText) return [];
  const meeting = d.meetingRecord
    ? (JSON.parse(d.meetingRecord) as { opinions: { member: string; opinion: string }[] })
    : { opinions: [] };
  return [
    {
      title: '集体讨论决定（会议纪要摘录）',
      docNo: '',
      on: d.decidedOn,
      content: await paper(d, '集体讨论决定摘录', {
        title: `${d.meetingName ?? '集体讨论'}纪要（摘录）`,
        blocks: [
          p(
            `${gongwenDate(d.meetingOn ?? d.decidedOn)}，${d.meetingName ?? '会议'}集体讨论了《${d.title}》。`,
          ),
          h('与会人员意见'),
          ...meeting.opinions.map((o) => p(`${o.member}：${o.opinion}`)),
          ...(d.departureReason ? [h('行政首长不采纳多数意见的理由'), p(d.departureReason)] : []),
          ...(d.dissent ? [h('不同意见'), p(d.dissent)] : []),
          h('会议决定'),
          p(d.decisionText),
        ],
      }),
    },
  ];
}

/**
 * 决策案卷 as a ZIP (条例 第三十三条: 决策过程记录和材料归档): the 卷内目录 then, in the order of the
 * procedure, the drafts, the notices, the hearing record, the experts' opinions, the risk report, the
 * legality opinion, the collective decision and the publication, then any other file the decision
 * keeps. Town staff only; each download is traced.
 */
export async function sendDecisionFile(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  id: string,
) {
  const actor = authorize(ctx, 'decisions.read');
  const q = deps.db.kysely;
  const d = await scoped(q, actor)
    .selectFrom('decisions')
    .selectAll()
    .where('decisions.id', '=', id)
    .executeTakeFirst();
  if (!d) throw notFound('该决策事项不存在或不在您的管辖范围内');
  assertTownStaff(actor, 'decisions.decision.file');
  const [drafts, proc, notices, superseded, owned, opinion] = await Promise.all([
    draftPapers(q, d),
    procedurePapers(q, d),
    q.selectFrom('decisionNotices').selectAll().where('decisionId', '=', d.id).execute(),
    q
      .selectFrom('decisionSupersededNotices')
      .selectAll()
      .where('decisionId', '=', d.id)
      .orderBy('createdAt')
      .orderBy('docNumber')
      .execute(),
    attachmentsOf(q, DECISION_OWNER, [d.id]),
    d.reviewItemId ? legalityOpinionLetterOf(q, d.reviewItemId) : undefined,
  ]);
  /** A notice of the kind, after the ones it superseded (marked so) in the order they were issued. */
  const notice = async (kind: keyof typeof NOTICES): Promise<ArchivePaper[]> => {
    const out: ArchivePaper[] = [];
    for (const x of superseded.filter((r) => r.kind === kind))
      out.push({
        title: `${NOTICES[kind]}（已被${x.supersededBy}取代）`,
        docNo: x.docNumber,
        on: x.issuedOn,
        content: { file: await fileRow(q, x.fileId) },
      });
    const n = notices.find((x) => x.kind === kind);
    if (n)
      out.push({
        title: NOTICES[kind],
        docNo: n.docNumber,
        on: n.issuedOn,
        content: { file: await fileRow(q, n.fileId) },
      });
    return out;
  };
  const legality: ArchivePaper[] = opinion?.fileId
    ? [
        {
          title: '合法性审查意见书',
          docNo: opinion.docNumber ?? '',
          on: opinion.issuedOn,
          content: { file: await fileRow(q, opinion.fileId) },
        },
      ]
    : [];
  const listed = new Set([...notices, ...superseded].map((n) => n.fileId));
  const others: ArchivePaper[] = [];
  for (const f of owned.filter((x) => !listed.has(x.id))) {
    const row = await fileRow(q, f.id);
    others.push({
      title: row.originalName,
      docNo: '',
      on: row.createdAt.slice(0, 10),
      content: { file: row },
    });
  }
  const papers = [
    ...drafts,
    ...(await notice('comment')),
    ...(await notice('hearing')),
    ...proc.record,
    ...(await notice('adoption')),
    ...proc.experts,
    ...proc.report,
    ...legality,
    ...(await decisionExtract(d)),
    ...(await notice('publication')),
    ...others,
  ];
  const body = await buildArchive(
    deps.config.dataDir,
    [
      `决策事项：${d.title}`,
      `承办单位：${d.leadOffice ?? ''}`,
      `状态：${DECISION_STATES[d.state]}`,
    ],
    papers,
  );
  const filename = `决策案卷-${d.title}.zip`;
  await mutation(deps, ctx, (m) =>
    m.audit({
      action: 'decisions.decision.file_downloaded',
      targetType: DECISION_OWNER,
      targetId: d.id,
      orgId: d.orgId,
      basis: ART.archive,
      meta: { title: d.title, filename, documents: papers.length },
    }),
  );
  return sendDownload(reply, { name: filename, mime: 'application/zip', body, cache: 'no-store' });
}
