import type { WorkCalendar } from '../../../core/calendar/index.js';
import { workday } from './review-demo.dates.js';
import type { DemoCast, DemoItem } from './review-demo.types.js';

/**
 * The items still in progress on 20 November 2024 run to their end in January 2025 when the demo is
 * loaded after that month, so a newcomer's inbox holds no work left over from 2024. Dates fall in 2025:
 * the 2024 figures stay exactly as they are.
 */

/** The first working day the leftovers are taken up (all are closed before DEMO_CLOSED_BY). */
const CLOSING_FROM = '2025-01-06';

const CONTRACT_BASES = ['《中华人民共和国民法典》合同编'];

export function closeLeftover(d: DemoItem, cast: DemoCast, cal: WorkCalendar): DemoItem {
  if (!d.submittedOn) return d;
  const on = (n: number) => workday(cal, CLOSING_FROM, n);
  const out: DemoItem = { ...d };
  if (d.returnedAtIntake && !d.returnedAtIntake.resubmittedOn) {
    out.returnedAtIntake = { ...d.returnedAtIntake, resubmittedOn: on(0) };
    delete out.missing;
  }
  if (!out.acceptedOn) out.acceptedOn = on(1);
  if (d.coReview && !d.coReview.answer) {
    out.coReview = {
      ...d.coReview,
      answer: {
        on: on(2),
        text: '经县级合法性审查中心协审：按纳税额给予奖励、指定服务供应商及限定外地企业的条款排除、限制竞争，应予删除。',
      },
    };
  }
  // 公平竞争审查条例 art 18: the county found the draft policy restricts competition; the office withdrew it to redraft.
  if (d.affectsMarket && !d.opinions?.length)
    return {
      ...out,
      withdrawn: {
        on: on(3),
        reason: '县级协审认为多项条款排除、限制竞争，起草单位撤回送审，按公平竞争审查标准重新起草',
      },
    };
  const opinions = out.opinions ?? [];
  if (opinions.length < out.versions.length) {
    out.opinions = [
      ...opinions,
      {
        on: on(4),
        conclusion: 'lawful_with_suggestions',
        summary: '原则同意，请按审查意见完善相关条款后实施。',
        bases:
          d.type === 'normative_doc' ? ['《公平竞争审查条例》第八条至第十二条'] : CONTRACT_BASES,
      },
    ];
  }
  if (out.opinions!.at(-1)!.conclusion === 'unlawful') return out;
  if (!out.feedback) out.feedback = { on: on(5), adoption: 'adopted' };
  if (!out.decision) {
    const contract = d.type === 'gov_contract' || d.type === 'village_contract';
    const by =
      d.type === 'village_contract'
        ? d.submitter
        : d.type === 'gov_contract'
          ? cast.deputy
          : cast.head;
    out.decision = {
      on: on(7),
      kind: contract ? 'signed' : 'published',
      by,
      ...(contract ? {} : { meeting: '镇党政班子会议（2025年第1次）' }),
    };
  }
  // 宁波市法治乡村建设促进条例 第14条: village rules are filed within 10 days of the vote — on time here.
  if (!out.filing && d.type === 'village_rules')
    out.filing = { on: workday(cal, out.decision.on, 5), target: 'town' };
  if (!out.filing && d.type === 'normative_doc') out.filing = { on: on(9), target: 'county' };
  if (!out.archivedOn) out.archivedOn = on(11);
  return out;
}
