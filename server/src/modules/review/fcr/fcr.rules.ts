import { FCR_STANDARDS, type FcrException } from '../rules/fair-competition-checklist.js';
import type { Refusal } from '../review.workflow.js';

/**
 * 公平竞争审查 conclusions (公平竞争审查条例 arts 8–12, 16–18) as pure checks: every standard answered,
 * interested parties heard, a written conclusion, and an art 12 exception only with all its conditions.
 */

export const FCR_OUTCOMES = {
  compliant: '不违反审查标准，可以出台',
  exception_applies: '适用第十二条例外规定，可以出台',
  non_compliant: '违反审查标准，不得出台',
} as const;
export type FcrOutcome = keyof typeof FCR_OUTCOMES;

export type ChecklistAnswer = 'involved' | 'not_involved';

export interface FcrException12 {
  ground: FcrException;
  noLessRestrictiveAlternative: boolean;
  /** 实施期限或者终止条件 as stated in the measure. */
  termOrEndCondition: string;
}

export interface ConclusionInput {
  checklist: Record<string, ChecklistAnswer>;
  exception: FcrException12 | null;
  consultation: string | null;
  outcome: FcrOutcome;
  conclusionText: string;
}

const refuse = (code: string, message: string, basis: string): Refusal => ({
  status: 422,
  code,
  message,
  basis,
});
const ART = (n: string) => `《公平竞争审查条例》第${n}条`;

/** Standards the drafter marked as present in the measure. */
export const involvedStandards = (checklist: Record<string, ChecklistAnswer>) =>
  FCR_STANDARDS.filter((s) => checklist[s.code] === 'involved');

/**
 * What the record itself still lacks before any conclusion may be given (arts 8–11, 16): shown as the
 * conclusion's `blocked[]` reason on the record page, before the drafter writes the conclusion.
 */
export function readinessRefusal(
  c: Pick<ConclusionInput, 'checklist' | 'consultation'>,
): Refusal | null {
  const unanswered = FCR_STANDARDS.filter((s) => !c.checklist[s.code]);
  if (unanswered.length)
    return refuse(
      'FCR_CHECKLIST_INCOMPLETE',
      `请逐项对照审查标准作出判断（尚有 ${unanswered.length} 项未判断，如 ${unanswered[0]!.basis}）`,
      `${ART('八')}至${ART('十一')}`,
    );
  if (!c.consultation?.trim())
    return refuse(
      'FCR_CONSULTATION_MISSING',
      `依据${ART('十六')}，开展公平竞争审查应当听取有关经营者、行业协会商会等利害关系人的意见，请记录听取意见情况`,
      ART('十六'),
    );
  return null;
}

export function conclusionRefusal(c: ConclusionInput): Refusal | null {
  const notReady = readinessRefusal(c);
  if (notReady) return notReady;
  if (c.conclusionText.trim().length < 10)
    return refuse(
      'FCR_CONCLUSION_MISSING',
      `依据${ART('十七')}，应当作出书面审查结论`,
      ART('十七'),
    );
  const involved = involvedStandards(c.checklist);
  if (c.outcome === 'compliant' && involved.length) {
    return refuse(
      'FCR_NOT_COMPLIANT',
      `政策措施含有${involved.map((s) => s.basis.replace('《公平竞争审查条例》', '')).join('、')}所列情形，不能作出“不违反审查标准”的结论`,
      `${ART('八')}至${ART('十一')}`,
    );
  }
  if (c.outcome === 'non_compliant' && !involved.length)
    return refuse(
      'FCR_NOTHING_INVOLVED',
      '未勾选任何违反审查标准的情形，不能作出“违反审查标准”的结论',
      ART('十八'),
    );
  if (c.outcome === 'exception_applies') {
    if (!involved.length)
      return refuse(
        'FCR_EXCEPTION_NOT_NEEDED',
        '未勾选任何违反审查标准的情形，无需适用例外规定',
        ART('十二'),
      );
    const e = c.exception;
    if (!e)
      return refuse(
        'FCR_EXCEPTION_MISSING',
        `适用例外规定的，请选择${ART('十二')}所列情形`,
        ART('十二'),
      );
    if (!e.noLessRestrictiveAlternative)
      return refuse(
        'FCR_EXCEPTION_ALTERNATIVE',
        `依据${ART('十二')}，适用例外规定须没有对公平竞争影响更小的替代方案`,
        ART('十二'),
      );
    if (e.termOrEndCondition.trim().length < 4)
      return refuse(
        'FCR_EXCEPTION_TERM',
        `依据${ART('十二')}，适用例外规定须确定合理的实施期限或者终止条件`,
        ART('十二'),
      );
    if (c.conclusionText.trim().length < 30)
      return refuse(
        'FCR_EXCEPTION_EXPLANATION',
        `依据${ART('十七')}第二款，适用第十二条的，应当在审查结论中详细说明（至少 30 字）`,
        `${ART('十七')}第二款`,
      );
  }
  return null;
}

/** Whether the measure may be issued (art 18). */
export const mayIssue = (outcome: FcrOutcome | null) =>
  outcome === 'compliant' || outcome === 'exception_applies';
