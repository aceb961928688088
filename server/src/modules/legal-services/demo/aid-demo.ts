import type { RequestContext } from '../../../core/authz/actor.js';
import { addDays } from '../../../core/calendar/index.js';
import type { Deps } from '../../../core/deps.js';
import { on } from '../../demo/demo-actors.js';
import {
  advanceAid,
  assignLawyer,
  closeApplication,
  decideObjection,
  forwardApplication,
  grantAid,
  objectToRefusal,
  refuseAid,
  requestMaterials,
  supplyMaterials,
} from '../aid/aid-steps.service.js';
import { createApplication, type NewApplication } from '../aid/aid.service.js';

// tenancy: the demo seed runs as the system

const CENTRE = '慈溪市法律援助中心';
const LAWYERS = [
  { lawyerName: '傅律师', lawyerFirm: '浙江上林律师事务所' },
  { lawyerName: '岑律师', lawyerFirm: '浙江慈吉律师事务所' },
];

type Step = (deps: Deps, ctx: RequestContext, id: string, start: string) => Promise<void>;

const at = (deps: Deps, day: string) => on(deps, day, '10:00');

/** Forwarded on the day received, granted within the 7 days, a lawyer within the 3, closed later. */
const straight =
  (decideAfter: number, lawyer = 0): Step =>
  async (deps, ctx, id, start) => {
    await forwardApplication(at(deps, start), ctx, id, { centre: CENTRE, forwardedOn: start });
    const decided = addDays(start, decideAfter);
    await grantAid(at(deps, decided), ctx, id, { decidedOn: decided });
    const assigned = addDays(decided, 2);
    await assignLawyer(at(deps, assigned), ctx, id, { assignedOn: assigned, ...LAWYERS[lawyer]! });
    const closed = addDays(assigned, 60);
    await closeApplication(at(deps, closed), ctx, id, {
      closedOn: closed,
      note: '法律援助人员已提交结案报告和文书副本',
    });
  };

/** 2024's five applications, each on its own path through the statute. */
const HISTORY: { start: string; input: Omit<NewApplication, 'receivedOn'>; steps: Step }[] = [
  {
    start: '2024-03-11',
    input: {
      applicantName: '黄建军',
      matter: 'a31_labour',
      summary: '在某建筑工地务工，被拖欠劳动报酬二万三千元。',
      meansMethod: 'exempt',
      exemption: 'migrant_worker',
    },
    steps: straight(3),
  },
  {
    start: '2024-05-20',
    input: {
      applicantName: '胡秀英',
      matter: 'a31_support',
      summary: '年逾七旬，子女未按约定给付赡养费。',
      meansMethod: 'pledge',
      pledgeSigned: true,
    },
    steps: async (deps, ctx, id, start) => {
      await forwardApplication(at(deps, start), ctx, id, { centre: CENTRE, forwardedOn: start });
      const asked = addDays(start, 2);
      await requestMaterials(at(deps, asked), ctx, id, {
        items: ['与被申请人的亲属关系证明', '户籍证明'],
        requestedOn: asked,
        dueOn: addDays(asked, 10),
      });
      await supplyMaterials(at(deps, addDays(asked, 4)), ctx, id, {
        suppliedOn: addDays(asked, 4),
      });
      await straightFromDecision(deps, ctx, id, addDays(asked, 6), 1);
    },
  },
  {
    start: '2024-07-08',
    input: {
      applicantName: '林美华',
      matter: 'a32_abuse',
      summary: '长期遭受家庭暴力，请求离婚并主张损害赔偿。',
      meansMethod: 'not_required',
    },
    steps: straight(2, 1),
  },
  {
    start: '2024-09-02',
    input: {
      applicantName: '徐国平',
      matter: 'a31_injury',
      summary: '交通事故人身损害赔偿，诉讼时效即将届满。',
      meansMethod: 'pledge',
      pledgeSigned: true,
      deadlineOn: '2024-09-06',
    },
    steps: async (deps, ctx, id, start) => {
      await forwardApplication(at(deps, start), ctx, id, { centre: CENTRE, forwardedOn: start });
      await advanceAid(at(deps, start), ctx, id, { decidedOn: start });
      const assigned = addDays(start, 1);
      await assignLawyer(at(deps, assigned), ctx, id, { assignedOn: assigned, ...LAWYERS[0]! });
    },
  },
  {
    start: '2024-10-14',
    input: {
      applicantName: '郭小芳',
      matter: 'a31_social',
      summary: '请求给予最低生活保障待遇被拒。',
      meansMethod: 'shared_data',
    },
    steps: async (deps, ctx, id, start) => {
      await forwardApplication(at(deps, start), ctx, id, { centre: CENTRE, forwardedOn: start });
      const refused = addDays(start, 5);
      await refuseAid(at(deps, refused), ctx, id, {
        decidedOn: refused,
        reason: '经信息共享查询，申请人家庭收入高于本省经济困难标准。',
      });
      const objected = addDays(refused, 3);
      await objectToRefusal(at(deps, objected), ctx, id, { objectedOn: objected });
      const decided = addDays(objected, 4);
      await decideObjection(at(deps, decided), ctx, id, {
        decidedOn: decided,
        upheld: true,
        note: '申请人家庭成员患重病，支出较大，应认定为经济困难。',
      });
      const assigned = addDays(decided, 2);
      await assignLawyer(at(deps, assigned), ctx, id, { assignedOn: assigned, ...LAWYERS[1]! });
    },
  },
];

async function straightFromDecision(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  decided: string,
  lawyer: number,
) {
  await grantAid(at(deps, decided), ctx, id, { decidedOn: decided });
  const assigned = addDays(decided, 1);
  await assignLawyer(at(deps, assigned), ctx, id, { assignedOn: assigned, ...LAWYERS[lawyer]! });
}

export async function replayAid(deps: Deps, window: RequestContext) {
  for (const h of HISTORY) {
    const { id } = await createApplication(at(deps, h.start), window, {
      ...h.input,
      receivedOn: h.start,
    });
    await h.steps(deps, window, id, h.start);
  }
}

/** Today's legal-aid work: one just received, one with the centre (its 7-day clock), one awaiting a lawyer. */
export async function seedAidNow(deps: Deps, window: RequestContext, day: string) {
  await createApplication(at(deps, day), window, {
    applicantName: '邵海燕',
    matter: 'a31_labour',
    summary: '被用人单位拖欠两个月工资，请求支付劳动报酬。',
    meansMethod: 'pledge',
    pledgeSigned: true,
  });
  const before = addDays(day, -2);
  const pending = await createApplication(at(deps, before), window, {
    applicantName: '朱立新',
    matter: 'a31_pension',
    summary: '请求发给抚恤金。',
    meansMethod: 'exempt',
    exemption: 'relief',
    receivedOn: before,
  });
  await forwardApplication(at(deps, before), window, pending.id, {
    centre: CENTRE,
    forwardedOn: before,
  });
  const earlier = addDays(day, -4);
  const granted = await createApplication(at(deps, earlier), window, {
    applicantName: '马玉兰',
    matter: 'a32_brave',
    summary: '见义勇为受伤，向侵权人主张赔偿。',
    meansMethod: 'not_required',
    receivedOn: earlier,
  });
  await forwardApplication(at(deps, earlier), window, granted.id, {
    centre: CENTRE,
    forwardedOn: earlier,
  });
  await grantAid(at(deps, addDays(day, -1)), window, granted.id, { decidedOn: addDays(day, -1) });
}
