import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { buildArchive, type ArchivePaper } from '../../core/documents/archive-zip.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { sendDownload } from '../../core/http/download.js';
import { mutation } from '../../core/mutation.js';
import { assertTownStaff } from '../../core/workflow/index.js';
import { attachmentsOf, fileRow } from '../files/files.public.js';
import { CASE_OWNER } from './case.step.js';
import { ART } from './enforcement.vocabulary.js';

// tenancy: the case is read through scoped(); its files are those it owns

interface Paper {
  title: string;
  docNo: string;
  fileId: string | null;
  on: string | null;
}

/**
 * 案卷 of one case as a ZIP (行政处罚法 第四十七条: the whole process recorded and archived): a 卷内目录
 * listing every document in order — the letters and attachments the case owns, and the paper documents
 * recorded by number only — followed by those files, numbered as listed. The file names the party in
 * full: town staff only, and each download is traced.
 */
export async function sendCaseFile(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  id: string,
) {
  const actor = authorize(ctx, 'enforcement.case.read');
  const q = deps.db.kysely;
  const c = await scoped(q, actor)
    .selectFrom('enforcementCases')
    .selectAll()
    .where('enforcementCases.id', '=', id)
    .executeTakeFirst();
  if (!c) throw notFound('该案件不存在或不在您的管辖范围内');
  assertTownStaff(actor, 'enforcement.case.file');
  const letters: Paper[] = [
    { title: '行政处罚事先告知书', docNo: c.noticeDocNo, fileId: c.noticeFileId, on: c.noticedOn },
    { title: '行政处罚决定书', docNo: c.decisionDocNo, fileId: c.decisionFileId, on: c.decidedOn },
    { title: '催告书', docNo: c.urgeDocNo, fileId: c.urgeFileId, on: c.urgedOn },
  ].flatMap((l) => (l.docNo ? [{ ...l, docNo: l.docNo }] : []));
  const numbered = new Map(letters.flatMap((l) => (l.fileId ? [[l.fileId, l] as const] : [])));
  const owned = await attachmentsOf(q, CASE_OWNER, [c.id]);
  const papers: ArchivePaper[] = letters
    .filter((x) => !x.fileId)
    .map((l) => ({ title: l.title, docNo: l.docNo, on: l.on ?? '', content: null }));
  for (const f of owned) {
    const row = await fileRow(q, f.id);
    const letter = numbered.get(f.id);
    papers.push({
      title: letter?.title ?? row.originalName,
      docNo: letter?.docNo ?? '',
      on: row.createdAt.slice(0, 10),
      content: { file: row },
    });
  }
  const body = await buildArchive(
    deps.config.dataDir,
    [`案号：${c.caseNo}`, `案由：${c.title}`, `当事人：${c.partyName}`],
    papers,
  );
  const filename = `案卷-${c.caseNo}.zip`;
  await mutation(deps, ctx, (m) =>
    m.audit({
      action: 'enforcement.case.file_downloaded',
      targetType: CASE_OWNER,
      targetId: c.id,
      orgId: c.orgId,
      basis: ART.records,
      meta: { caseNo: c.caseNo, filename, documents: papers.length },
    }),
  );
  return sendDownload(reply, { name: filename, mime: 'application/zip', body, cache: 'no-store' });
}
