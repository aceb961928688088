import { DECISION_ART } from './decisions.vocabulary.js';

/**
 * 不得选择与决策事项有直接利害关系的专家 (条例 第二十条): an expert is excluded from a decision when they have
 * declared a conflict with it (回避声明), or when they work for the 决策承办单位 itself (their employer's
 * name contains the office's name, e.g. "桥头镇农业农村办公室" for "农业农村办公室").
 */
export const EXPERT_CONFLICT_BASIS = DECISION_ART.expertSelection;

type ConflictKind = 'declared' | 'same_employer';
export const CONFLICT_KINDS: Record<ConflictKind, string> = {
  declared: '已声明与本决策事项有利害关系',
  same_employer: '工作单位为决策承办单位',
};

const norm = (s: string) => s.replace(/\s+/g, '');

export function conflictOf(
  expert: { employer: string },
  decision: { leadOffice: string | null },
  declared: boolean,
): ConflictKind | null {
  if (declared) return 'declared';
  const office = decision.leadOffice ? norm(decision.leadOffice) : '';
  if (office && norm(expert.employer).includes(office)) return 'same_employer';
  return null;
}
