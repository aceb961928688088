import { Readable } from 'node:stream';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import type { RequestContext } from '../../../../core/authz/actor.js';
import type { Deps } from '../../../../core/deps.js';
import { addDays } from '../../../../core/calendar/index.js';
import { loadUserActor } from '../../../auth/actor-loader.js';
import { uploadFile } from '../../../files/files.public.js';
import { findUserByUsername } from '../../../users/users.public.js';
import { answerConsultation, startConsultation } from '../consultation.service.js';
import {
  closeCorrectionOverdue,
  receiveCorrection,
  requestCorrection,
} from '../correction.service.js';
import { extendRequest, requestExplanation } from '../extension.service.js';
import { closeFeeUnpaid, notifyFee, recordFeePaid } from '../fee.service.js';
import { acceptRequest, applyOnline, confirmReceipt, registerRequest } from '../intake.service.js';
import { attachOriginal, redact } from '../redaction.service.js';
import { replyToRequest } from '../reply.service.js';
import { creditCode, ensureNoticeTemplate, residentId } from '../request-fixtures.js';
import type { PlanEntry, Step } from './demo-applicants.js';
import { CARRIED_FROM_2023, PLAN_2024 } from './demo-plan.js';

/** A clock the seed moves from day to day, so every record carries the date it would have had. */
function simulated(deps: Deps) {
  let now = deps.time.now();
  return {
    deps: { ...deps, time: { now: () => now } } as Deps,
    on: (day: string) => void (now = new Date(`${day}T01:30:00Z`)),
  };
}

async function staffCtx(deps: Deps, username: string): Promise<RequestContext> {
  const user = await findUserByUsername(deps.db.kysely, username);
  const actor = user ? await loadUserActor(deps.db.kysely, user.id) : null;
  if (!actor) throw new Error(`demo account ${username} missing`);
  return { actor, ip: null, userAgent: 'demo-seed', requestId: 'demo-seed' };
}

function applicantOf(e: PlanEntry) {
  const person = e.who.kind === 'natural_person';
  return {
    applicantKind: e.who.kind,
    applicantName: e.who.name,
    idType: person ? ('resident_id' as const) : ('credit_code' as const),
    idNumber: person ? residentId(e.who.id17) : creditCode(e.who.id17),
    phone: e.who.phone,
    contactPerson: e.who.contact,
    address: '浙江省慈溪市桥头镇',
    email: person ? undefined : 'office@example.cn',
    description: e.description,
    formWanted: person ? ('paper' as const) : ('electronic' as const),
    delivery: person ? ('post' as const) : ('email' as const),
  };
}

/** A roster with personal data, for the 区分处理 examples. */
async function roster(names: string[]): Promise<Buffer> {
  const rows = names.map(
    (n, i) =>
      new Paragraph({
        children: [
          new TextRun(
            `${i + 1}. ${n}，身份证号码${residentId(`3302821970010${String(i + 1).padStart(2, '0')}31`)}，联系电话1385740${String(1000 + i)}，金额${(i + 3) * 12000}元。`,
          ),
        ],
      }),
  );
  return Packer.toBuffer(
    new Document({
      sections: [
        { children: [new Paragraph({ children: [new TextRun('名册（原件）')] }), ...rows] },
      ],
    }),
  );
}

/** Plays plan entries through the real services as 赵经办 (clerk) and 王镇长 (head), each step on its day. */
export async function demoPlayer(deps: Deps) {
  const sim = simulated(deps);
  const d = sim.deps;
  const clerk = await staffCtx(deps, 'clerk');
  const head = await staffCtx(deps, 'head');
  const applicant: RequestContext = {
    actor: null,
    ip: null,
    userAgent: 'demo-seed',
    requestId: 'demo-seed',
  };

  const receive = async (e: PlanEntry): Promise<string> => {
    sim.on(e.received);
    const body = applicantOf(e);
    if (e.channel === 'online') {
      const { id } = await applyOnline(d, applicant, body);
      await confirmReceipt(d, clerk, id, {});
      return id;
    }
    const dates =
      e.channel === 'registered_post'
        ? { submittedOn: addDays(e.received, -2), signedOn: e.received }
        : e.channel === 'ordinary_letter'
          ? { arrivedOn: e.received, confirmedOn: e.received }
          : e.channel === 'fax'
            ? { submittedOn: e.received, confirmedOn: e.received }
            : { submittedOn: e.received };
    return (await registerRequest(d, clerk, { ...body, channel: e.channel, ...dates })).id;
  };

  const play = async (id: string, s: Step) => {
    sim.on(s.at);
    switch (s.do) {
      case 'accept':
        return acceptRequest(d, clerk, id);
      case 'correction':
        return requestCorrection(d, clerk, id, { items: s.items });
      case 'corrected':
        return receiveCorrection(d, clerk, id, { correctedOn: s.at, text: s.text });
      case 'close_correction':
        return closeCorrectionOverdue(d, clerk, id);
      case 'consult':
        return startConsultation(d, clerk, id, {
          kind: s.kind,
          partyName: s.party,
          matter: s.matter,
          sentOn: s.at,
        });
      case 'answer': {
        // tenancy: the demo seed acts for the town it just created the application in
        const c = await d.db.kysely
          .selectFrom('disclosureConsultations')
          .select('id')
          .where('requestId', '=', id)
          .where('answeredOn', 'is', null)
          .executeTakeFirstOrThrow();
        return answerConsultation(d, clerk, id, c.id, {
          opinion: s.opinion,
          note: s.note,
          answeredOn: s.at,
        });
      }
      case 'extend':
        return extendRequest(d, head, id, { days: s.days, reason: s.reason });
      case 'explain':
        return requestExplanation(d, clerk, id, { reason: s.reason });
      case 'fee':
        return notifyFee(d, clerk, id, {
          method: 'per_page',
          pages: s.pages,
          reason: s.reason,
          servedOn: s.at,
        });
      case 'paid':
        return recordFeePaid(d, clerk, id, { paidOn: s.at });
      case 'close_fee':
        return closeFeeUnpaid(d, clerk, id);
      case 'redact': {
        const file = await uploadFile(d, clerk, {
          filename: '名册（原件）.docx',
          stream: Readable.from([await roster(s.names)]),
        });
        await attachOriginal(d, clerk, id, { fileId: file.id });
        return redact(d, clerk, id, {
          originalFileId: file.id,
          mode: 'auto',
          marks: s.names.map((text) => ({ text, ground: 'personal_privacy' as const })),
          idNumbers: 'personal_privacy',
          phones: 'personal_privacy',
        });
      }
      case 'reply':
        return replyToRequest(d, clerk, id, {
          outcome: s.outcome,
          reasons: s.reasons,
          details: s.details,
          competentBody: s.competentBody,
        });
    }
  };

  return { receive, play };
}

/** 桥头镇's 依申请公开 of 2024, played through the real services day by day. */
export async function seedDisclosureRequestsDemo(deps: Deps): Promise<void> {
  await ensureNoticeTemplate(deps);
  const { receive, play } = await demoPlayer(deps);
  for (const e of [...CARRIED_FROM_2023, ...PLAN_2024]) {
    const id = await receive(e);
    for (const s of e.steps) await play(id, s);
  }
}
