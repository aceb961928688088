import { badRequest } from '../../../core/errors.js';
import type { QuestionKind } from '../pufa.vocabulary.js';

/** A 判断题's two options, always in this order. */
export const JUDGE_OPTIONS = ['正确', '错误'] as const;

/**
 * The options and answer a question of its kind must have: a 单选题 and a 判断题 one right option, a 多选题
 * at least two; every answer index names an option. Answers the options to store.
 */
export function questionShape(
  kind: QuestionKind,
  options: readonly string[] | undefined,
  answer: readonly number[],
): { options: string[]; answer: number[] } {
  const opts = kind === 'judge' ? [...JUDGE_OPTIONS] : [...(options ?? [])];
  const ans = [...new Set(answer)].sort((a, b) => a - b);
  if (kind !== 'judge' && opts.length < 2)
    throw badRequest('选择题至少需要两个选项', { field: 'options' }, 'QUESTION_SHAPE');
  if (ans.some((i) => i >= opts.length))
    throw badRequest('正确答案须是已有选项的序号', { field: 'answer' }, 'QUESTION_SHAPE');
  if (kind === 'multiple' ? ans.length < 2 : ans.length !== 1)
    throw badRequest(
      kind === 'multiple' ? '多选题至少有两个正确选项' : '单选题、判断题只有一个正确答案',
      { field: 'answer' },
      'QUESTION_SHAPE',
    );
  return { options: opts, answer: ans };
}
