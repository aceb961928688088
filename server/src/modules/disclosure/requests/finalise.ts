import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { badRequest } from '../../../core/errors.js';
import { explainClock } from '../../calendar/calendar.public.js';
import { issueLetter, letterFactsOf, NUMBER_KINDS } from './letter-store.js';
import {
  competentBodyText,
  isNotResponsible,
  NOT_EXIST_BASIS,
  NOT_RESPONSIBLE_BASIS,
  notResponsibleProblem,
  type CompetentBody,
} from './not-responsible.js';
import { needsReasons, OUTCOMES, type Outcome } from './outcomes.js';
import { groundText, partialDisclosureBasis, type RedactionGround } from './redaction-grounds.js';
import { replyLetter } from './reply-letter.js';
import { closeRequestTasks, stopIfSet } from './request-clocks.js';
import { DEFAULT_COURT, loadSettings, reviewAuthorityOf } from './request-settings.js';
import type { StepScope } from './request-step.js';
import { consultationsOf, redactionsOf } from './request.repository.js';

interface RedactionItem {
  kind: string;
  ground: RedactionGround;
  count: number;
}

const KIND_LABELS: Record<string, string> = {
  id_number: '身份证号码',
  phone: '电话号码',
  marked: '标注的内容',
  uploaded: '已遮盖的内容',
};

/**
 * Ends an application with its one outcome (表三 row): the 答复告知书 (or 终止办理告知书) with its
 * 文号, released copies handed over where information is given, every clock stopped, tasks closed.
 * The runner sets the state (答复 or 终止) and writes the event.
 */
interface FinaliseInput {
  outcome: Outcome;
  reasons?: string | null | undefined;
  details?: string | null | undefined;
  notResponsible?: boolean | undefined;
  competentBody?: CompetentBody | undefined;
}

/**
 * The articles the reply rests on: 本机关不掌握 splits into 第三十六条第（四）项 and 第（五）项; a partial
 * disclosure cites 第三十七条 with every ground of its redactions.
 */
function basisOf(input: FinaliseInput, redactions: RedactionItem[]): string {
  if (input.outcome === 'unavailable_not_held')
    return isNotResponsible(input) ? NOT_RESPONSIBLE_BASIS : NOT_EXIST_BASIS;
  if (input.outcome === 'partially_disclosed')
    return partialDisclosureBasis(redactions.map((r) => r.ground));
  return OUTCOMES[input.outcome].basis;
}

export async function finalise(
  s: StepScope,
  deps: Deps,
  ctx: RequestContext,
  input: FinaliseInput,
) {
  const { m, req, today: day } = s;
  if (needsReasons(input.outcome) && !input.reasons?.trim()) {
    throw badRequest(
      `“${OUTCOMES[input.outcome].label}”须说明理由（${OUTCOMES[input.outcome].basis}）`,
      { field: 'reasons' },
      'REASONS_REQUIRED',
    );
  }
  const notHeld = input.outcome === 'unavailable_not_held' ? notResponsibleProblem(input) : null;
  if (notHeld)
    throw badRequest(
      notHeld,
      { field: 'reasons', basis: NOT_RESPONSIBLE_BASIS },
      'REASONS_REQUIRED',
    );
  const competentBody =
    input.outcome === 'unavailable_not_held' && isNotResponsible(input)
      ? competentBodyText(input)
      : null;
  const settings = await loadSettings(m.trx, req.orgId);
  const remedy = {
    reviewAuthority: await reviewAuthorityOf(m.trx, req.orgId, settings),
    court: settings.court ?? DEFAULT_COURT,
  };
  const redactions = (await redactionsOf(m.trx, req.id)).flatMap(
    (r) => JSON.parse(r.items) as RedactionItem[],
  );
  const basis = basisOf(input, redactions);
  // Before the clocks stop: the reply period as it stands on the day of the reply.
  const due = await explainClock(m.trx, req.replyClockId, day);
  const letter = replyLetter(
    input.outcome,
    letterFactsOf(req, day),
    {
      reasons: input.reasons ?? null,
      details: input.details ?? null,
      // The letter states the art 36 paragraph itself (reply-letter basisOf); 区分处理 names its grounds.
      basis: input.outcome === 'partially_disclosed' ? basis : null,
      notResponsible: input.outcome === 'unavailable_not_held' && isNotResponsible(input),
      competentBody,
      dueExplained: due?.explained ?? null,
      redactions: redactions.map(
        (r) =>
          `${KIND_LABELS[r.kind] ?? r.kind}${r.count ? `${r.count}处` : ''}（${groundText(r.ground)}）`,
      ),
    },
    remedy,
  );
  const doc = await issueLetter(m, deps, ctx, req, {
    kind: 'reply',
    numberKind: NUMBER_KINDS.reply,
    letter: { ...letter, recipient: req.applicantName },
    date: day,
    visible: true,
  });
  if (input.outcome === 'disclosed' || input.outcome === 'partially_disclosed') {
    await m.trx
      .updateTable('disclosureRequestDocuments')
      .set({ visibleToApplicant: 1 })
      .where('requestId', '=', req.id)
      .where('kind', '=', 'released_copy')
      .execute();
  }
  for (const clockId of [
    req.replyClockId,
    req.correctionNoticeClockId,
    req.correctionClockId,
    req.feeClockId,
  ])
    await stopIfSet(m, ctx, clockId, day);
  for (const c of await consultationsOf(m.trx, req.id))
    if (!c.answeredOn) await stopIfSet(m, ctx, c.clockId, day);
  await closeRequestTasks(m, req.id);
  return {
    patch: {
      outcome: input.outcome,
      outcomeOn: day,
      replyNumber: doc.docNumber,
      replyReasons: input.reasons ?? null,
    },
    basis,
    changes: { outcome: { before: null, after: input.outcome } },
    meta: {
      outcome: input.outcome,
      row: OUTCOMES[input.outcome].row,
      docNumber: doc.docNumber,
      reviewFirst: OUTCOMES[input.outcome].reviewFirst,
      ...(competentBody ? { competentBody } : {}),
    },
    value: {
      outcome: input.outcome,
      docNumber: doc.docNumber,
      documentId: doc.documentId,
      fileId: doc.fileId,
    },
  };
}
