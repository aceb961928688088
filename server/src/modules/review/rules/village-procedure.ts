import { addDays, isWorkingDay, type WorkCalendar } from '../../../core/calendar/index.js';
import type { VillageRulesFields } from './fields.js';
import type { Doc, Finding, Rule } from './types.js';

const BODY_NAMES: Record<NonNullable<VillageRulesFields['adoptedBy']>, string> = {
  villagers_assembly: '村民会议',
  representatives_assembly: '村民代表会议',
  village_committee: '村民委员会',
  two_committees: '村两委会议',
};

/** A rule that says it was adopted by the committee(s) rather than the 村民会议. */
const ADOPTED_BY_COMMITTEE =
  /(?:村两委|两委会|村委会|村民委员会|村支部|党支部)[^。；]{0,12}(?:讨论)?(?:通过|制定|决定|审定)/;
const ABOUT_THE_RULES = /本(?:村规民约|规约|公约|约|章程)|村规民约/;

/** The last day to file: 10 days after the vote, moved past rest days and holidays (民法典 arts 201, 203). */
export function filingDeadline(adoptedOn: string, cal: WorkCalendar): string {
  let due = addDays(adoptedOn, 10);
  while (!isWorkingDay(cal, due)) due = addDays(due, 1);
  return due;
}

/** The quorum and vote of 组织法 art 22, from whatever counts the submitter gave. */
function quorumFindings(f: VillageRulesFields): Finding[] {
  const out: Finding[] = [];
  const byPersons =
    f.adults !== undefined && f.attendees !== undefined ? f.attendees * 2 > f.adults : undefined;
  const byHouseholds =
    f.households !== undefined && f.attendeeHouseholds !== undefined
      ? f.attendeeHouseholds * 3 >= f.households * 2
      : undefined;
  // Either criterion suffices; report only when one is known to fail and the other does not save it.
  if (
    byPersons !== true &&
    byHouseholds !== true &&
    (byPersons === false || byHouseholds === false)
  ) {
    const parts = [
      byPersons === false
        ? `到会${f.attendees}人，未超过十八周岁以上村民${f.adults}人的半数`
        : null,
      byHouseholds === false
        ? `到会${f.attendeeHouseholds}户，不足${f.households}户的三分之二`
        : null,
    ].filter(Boolean);
    out.push({
      title: '村民会议到会人数不足法定人数',
      basis: '《村民委员会组织法》第二十二条第一款',
      suggestion: `${parts.join('；')}。应当重新召开村民会议表决`,
    });
  }
  if (f.votesFor !== undefined && f.attendees !== undefined && f.votesFor * 2 <= f.attendees) {
    out.push({
      title: '表决未获到会人员过半数通过',
      basis: '《村民委员会组织法》第二十二条第一款',
      suggestion: `赞成${f.votesFor}人，未超过到会${f.attendees}人的半数，村规民约未获通过`,
    });
  }
  return out;
}

function procedureFindings(doc: Doc<VillageRulesFields>): Finding[] {
  const f = doc.fields;
  const out: Finding[] = [];
  for (const c of doc.clauses) {
    if (
      ABOUT_THE_RULES.test(c.norm) &&
      ADOPTED_BY_COMMITTEE.test(c.norm) &&
      !/村民会议|村民大会/.test(c.norm)
    ) {
      out.push({ clause: c, title: '村规民约由村两委或者村委会通过' });
    }
  }
  if (f.adoptedBy && f.adoptedBy !== 'villagers_assembly') {
    out.push({
      title: `村规民约由${BODY_NAMES[f.adoptedBy]}表决`,
      basis: '《村民委员会组织法》第二十七条第一款',
      suggestion: '村规民约应当由村民会议制定和修改，请提交村民会议表决',
    });
  }
  out.push(...quorumFindings(f));
  // 组织法 art 21: villagers are given ten days' notice of the meeting.
  if (f.noticeDays !== undefined && f.noticeDays < 10) {
    out.push({
      title: '村民会议通知时间不足十天',
      basis: '《村民委员会组织法》第二十一条第二款',
      suggestion: `会议仅提前${f.noticeDays}天通知，应当提前十天通知村民`,
    });
  }
  if (f.adoptedOn && f.filedOn) {
    const due = filingDeadline(f.adoptedOn, doc.calendar);
    if (f.filedOn > due) {
      out.push({
        title: '未在表决通过后十日内备案',
        basis: '《宁波市法治乡村建设促进条例》第十四条第三款；《村民委员会组织法》第二十七条第一款',
        suggestion: `应当于${due}前报镇人民政府备案，实际${f.filedOn}备案；请说明逾期原因`,
      });
    }
  }
  return out;
}

/** R24: procedure of adoption and filing. */
export const VILLAGE_PROCEDURE_RULE: Rule<VillageRulesFields> = {
  id: 'R24',
  kind: 'village_rules',
  title: '制定程序瑕疵',
  severity: 'medium',
  basis:
    '《村民委员会组织法》第二十一条、第二十二条、第二十七条；《宁波市法治乡村建设促进条例》第十四条',
  suggestion:
    '村规民约应当提前十天通知，由村民会议（过半数十八周岁以上村民或者三分之二以上户代表到会）经到会人员过半数表决通过，并于通过后十日内报镇人民政府备案',
  check: procedureFindings,
};
