import { Readable } from 'node:stream';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { onDay } from '../../demo/demo-now.js';
import { uploadFile } from '../../files/files.public.js';
import { decideItem, fileItem, giveFeedback } from '../decision/decision.service.js';
import {
  acceptItem,
  archiveItem,
  resubmitItem,
  returnForCorrection,
  submitItem,
  withdrawItem,
} from '../items/intake.service.js';
import { addMaterial, createItem } from '../items/item.service.js';
import { DIMENSION_KEYS } from '../review.enums.js';
import { materialsFor } from '../review.materials.js';
import type { ReviewSettings } from '../review.settings.js';
import { issueOpinion, type IssueOpinionInput } from '../work/opinion.service.js';
import {
  addAdviserOpinion,
  answerCoReview,
  requestCoReview,
  startReview,
} from '../work/review-steps.service.js';
import { reviseItem } from '../work/revise.service.js';
import { decideHit } from '../work/workspace.service.js';
import type { DemoItem, DemoOpinion, Who } from './review-demo.types.js';

// tenancy: the demo seed runs as the system

/** Whoever takes a step: a demo account, or the account of the village (村委会) that submitted the item. */
type ActorOf = (who: Who, item: DemoItem) => RequestContext;

/** One step of one item at its hour; `hour` also orders the steps of a day across items. */
interface Step {
  day: string;
  time: string;
  run: (deps: Deps) => Promise<unknown>;
}

const DISMISS_NOTE = '经核对，该条款表述不存在所提示的问题';

/** The signed or published text filed with the county or the town (备案), as the submitter uploads it. */
async function finalText(title: string): Promise<Buffer> {
  const lines = [`${title}`, '（最终签署、印发文本，报送备案）'];
  return Packer.toBuffer(
    new Document({
      sections: [{ children: lines.map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
    }),
  );
}

/**
 * Plays the 2024 items through the real review services, each step on the day and at the hour it
 * happened, all items' steps in date order: 文号 follow the order the opinions were issued, and clocks,
 * tasks, 流转记录 and audit events carry the dates of 2024.
 */
export async function playItems(
  deps: Deps,
  items: DemoItem[],
  staff: { clerk: Who; reviewer: Who; adviser: Who; county: Who },
  actorOf: ActorOf,
  settings: ReviewSettings,
  today: string,
): Promise<string[]> {
  const ids: { id: string }[] = items.map(() => ({ id: '' }));
  const queue: (Step & { item: number; seq: number })[] = [];
  items.forEach((d, i) => {
    let last = '';
    stepsOf(d, ids[i]!, staff, actorOf, settings, today).forEach((s, seq) => {
      // A step never runs before the item's previous one, even where the data gives it an earlier hour.
      const key = `${s.day}T${s.time}`;
      if (key < last) [s.day, s.time] = last.split('T') as [string, string];
      last = `${s.day}T${s.time}`;
      queue.push({ ...s, item: i, seq });
    });
  });
  queue.sort(
    (a, b) =>
      `${a.day}T${a.time}`.localeCompare(`${b.day}T${b.time}`) || a.item - b.item || a.seq - b.seq,
  );
  for (const s of queue) await s.run(onDay(deps, s.day, s.time));
  return ids.map((r) => r.id);
}

function stepsOf(
  d: DemoItem,
  ref: { id: string },
  staff: { clerk: Who; reviewer: Who; adviser: Who; county: Who },
  actorOf: ActorOf,
  settings: ReviewSettings,
  today: string,
): Step[] {
  const as = (who: Who) => actorOf(who, d);
  const submitter = as(d.submitter);
  const clerk = as(staff.clerk);
  const reviewer = as(staff.reviewer);
  const steps: Step[] = [];
  const at = (day: string, time: string, run: Step['run']) => steps.push({ day, time, run });

  const first = d.versions[0]!;
  const materials = materialsFor({
    type: d.type,
    fields: first.fields ?? {},
    affectsMarket: !!d.affectsMarket,
    tradingThresholdFen: settings.tradingThresholdFen,
  }).filter((m) => m.key !== 'draft' && m.required);
  const supply = (deps: Deps, keys: string[]) =>
    keys.reduce(
      (p, key) =>
        p.then(() => addMaterial(deps, submitter, ref.id, { key, note: '纸质原件已核对' })),
      Promise.resolve() as Promise<unknown>,
    );

  const created = d.submittedOn ?? today;
  at(created, '09:00', async (deps) => {
    ref.id = await createItem(deps, submitter, {
      type: d.type,
      title: d.title,
      orgId: d.orgId,
      text: first.text,
      fields: first.fields,
      affectsMarket: d.affectsMarket,
    });
    await supply(
      deps,
      materials.map((m) => m.key).filter((k) => !d.missing?.includes(k)),
    );
  });
  if (!d.submittedOn) return steps;
  at(d.submittedOn, '09:30', (deps) => submitItem(deps, submitter, ref.id));

  const back = d.returnedAtIntake;
  if (back) {
    at(back.on, '10:00', (deps) => returnForCorrection(deps, clerk, ref.id, back.reason));
    if (back.resubmittedOn)
      at(back.resubmittedOn, '09:30', async (deps) => {
        await supply(deps, [...(d.missing ?? [])]);
        await resubmitItem(deps, submitter, ref.id, { note: '已补齐材料' });
      });
  }
  if (d.acceptedOn) {
    at(d.acceptedOn, '10:00', (deps) => acceptItem(deps, clerk, ref.id));
    at(d.acceptedOn, '14:00', (deps) => startReview(deps, reviewer, ref.id));
  }
  const adviser = d.adviser;
  if (adviser)
    at(adviser.on, '16:00', (deps) =>
      addAdviserOpinion(deps, as(staff.adviser), ref.id, { text: adviser.text }),
    );
  const co = d.coReview;
  if (co) {
    at(co.on, '11:00', (deps) => requestCoReview(deps, reviewer, ref.id, co.reason));
    const answer = co.answer;
    if (answer)
      at(answer.on, '15:00', (deps) => answerCoReview(deps, as(staff.county), ref.id, answer.text));
  }
  (d.opinions ?? []).forEach((o, i) => {
    const version = d.versions[i]!;
    if (i > 0)
      at(d.revisedOn!, '09:00', (deps) =>
        reviseItem(deps, submitter, ref.id, {
          text: version.text,
          fields: version.fields,
          note: version.note ?? '已按审查意见修改',
        }),
      );
    at(o.on, '10:00', (deps) => judgeHits(deps, reviewer, ref.id, o));
    at(o.on, '16:00', (deps) => issue(deps, reviewer, ref.id, o));
  });
  const feedback = d.feedback;
  if (feedback)
    at(feedback.on, '15:00', (deps) =>
      giveFeedback(deps, submitter, ref.id, { adoption: feedback.adoption, note: feedback.note }),
    );
  const decision = d.decision;
  if (decision)
    at(decision.on, '17:00', (deps) =>
      decideItem(deps, as(decision.by), ref.id, {
        kind: decision.kind,
        decidedOn: decision.on,
        meeting: decision.meeting,
        vote: decision.vote,
      }),
    );
  const filing = d.filing;
  if (filing)
    at(filing.on, '10:00', async (deps) => {
      const file = await uploadFile(deps, submitter, {
        filename: `${d.title}（备案文本）.docx`,
        stream: Readable.from([await finalText(d.title)]),
      });
      await fileItem(deps, submitter, ref.id, { fileId: file.id, filedOn: filing.on });
    });
  const withdrawn = d.withdrawn;
  if (withdrawn)
    at(withdrawn.on, '16:00', (deps) => withdrawItem(deps, submitter, ref.id, withdrawn.reason));
  if (d.archivedOn) at(d.archivedOn, '16:00', (deps) => archiveItem(deps, clerk, ref.id));
  return steps;
}

/** The reviewer takes up each pre-review hit: 不采纳 those the opinion names as false alarms, else 采纳. */
async function judgeHits(deps: Deps, reviewer: RequestContext, id: string, o: DemoOpinion) {
  const item = await deps.db.kysely
    .selectFrom('reviewItems')
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const hits = await deps.db.kysely
    .selectFrom('reviewHits')
    .select(['id', 'ruleId'])
    .where('itemId', '=', id)
    .where('version', '=', item.version)
    .where('decision', '=', 'pending')
    .orderBy('id')
    .execute();
  for (const h of hits) {
    const dismissed = o.dismiss?.includes(h.ruleId);
    await decideHit(
      deps,
      reviewer,
      id,
      h.id,
      dismissed ? { decision: 'dismissed', note: DISMISS_NOTE } : { decision: 'accepted' },
    );
  }
}

/** The opinion as the reviewer issues it; the content dimension shows an issue where findings stand. */
async function issue(deps: Deps, reviewer: RequestContext, id: string, o: DemoOpinion) {
  const finding = await deps.db.kysely
    .selectFrom('reviewFindings')
    .innerJoin('reviewItems', 'reviewItems.id', 'reviewFindings.itemId')
    .select('reviewFindings.id')
    .where('reviewFindings.itemId', '=', id)
    .whereRef('reviewFindings.version', '=', 'reviewItems.version')
    .executeTakeFirst();
  const checklist = Object.fromEntries(
    DIMENSION_KEYS.map((k) => [k, k === 'content' && finding ? 'issue' : 'pass']),
  ) as IssueOpinionInput['checklist'];
  await issueOpinion(deps, reviewer, id, {
    conclusion: o.conclusion,
    checklist,
    summary: o.summary,
    bases: o.bases,
  });
}
