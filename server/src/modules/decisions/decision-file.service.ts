import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import type { Q } from '../../core/db/database.js';
import { buildArchive, type ArchivePaper } from '../../core/documents/archive-zip.js';
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

/** A record kept as text (草案, 笔录, 意见) packed as a UTF-8 text file Windows opens as such. */
const text = (name: string, lines: string[]) => ({
  name: `${name}.txt`,
  bytes: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'),
});

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
      content: text(`决策草案第${v.version}稿`, [
        v.title,
        ...(v.explanation ? [`起草说明：${v.explanation}`] : []),
        ...articles.map((a) => `${a.heading}　${a.text}`),
      ]),
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
            content: text('听证会记录', [
              `听证会：${hearing.hearingOn}，${hearing.place}`,
              `听证事项：${hearing.matters}`,
              hearing.record,
            ]),
          },
        ]
      : [];
  const experts: ArchivePaper[] = picks.map((p) => ({
    title: `专家论证意见（${p.name}）`,
    docNo: '',
    on: p.signedOn!,
    content: text(`专家论证意见-${p.name}`, [
      `专家：${p.name}（${p.field}，${p.employer}）`,
      p.opinion ?? '',
      `署名日期：${p.signedOn}`,
    ]),
  }));
  const report: ArchivePaper[] = risk
    ? [
        {
          title: '风险评估报告',
          docNo: '',
          on: risk.reportedOn,
          content: text('风险评估报告', [
            `评估单位：${risk.assessor}`,
            `风险点：${risk.points}`,
            `防范措施：${risk.measures}`,
            `处置预案：${risk.plan}`,
            `结论：${RISK_LEVELS[risk.conclusion]}（${RISK_GRADES[risk.grade]}）`,
          ]),
        },
      ]
    : [];
  return { record, experts, report };
}

function decisionExtract(d: DecisionsTable): ArchivePaper[] {
  if (!d.decidedOn || !d.decisionText) return [];
  const meeting = d.meetingRecord
    ? (JSON.parse(d.meetingRecord) as { opinions: { member: string; opinion: string }[] })
    : { opinions: [] };
  return [
    {
      title: '集体讨论决定（会议纪要摘录）',
      docNo: '',
      on: d.decidedOn,
      content: text('集体讨论决定摘录', [
        `会议：${d.meetingName ?? ''}（${d.meetingOn ?? d.decidedOn}）`,
        ...meeting.opinions.map((o) => `${o.member}：${o.opinion}`),
        ...(d.departureReason ? [`行政首长不采纳多数意见的理由：${d.departureReason}`] : []),
        ...(d.dissent ? [`不同意见：${d.dissent}`] : []),
        `决定：${d.decisionText}`,
      ]),
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
  const [drafts, proc, notices, owned, opinion] = await Promise.all([
    draftPapers(q, d),
    procedurePapers(q, d),
    q.selectFrom('decisionNotices').selectAll().where('decisionId', '=', d.id).execute(),
    attachmentsOf(q, DECISION_OWNER, [d.id]),
    d.reviewItemId ? legalityOpinionLetterOf(q, d.reviewItemId) : undefined,
  ]);
  const notice = async (kind: keyof typeof NOTICES): Promise<ArchivePaper[]> => {
    const n = notices.find((x) => x.kind === kind);
    if (!n) return [];
    return [
      {
        title: NOTICES[kind],
        docNo: n.docNumber,
        on: n.issuedOn,
        content: { file: await fileRow(q, n.fileId) },
      },
    ];
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
  const listed = new Set(notices.map((n) => n.fileId));
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
    ...decisionExtract(d),
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
