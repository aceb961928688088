/** Question kinds (题型). */
export const QUESTION_KINDS = {
  single: '单选题',
  multiple: '多选题',
  judge: '判断题',
} as const;
export type QuestionKind = keyof typeof QUESTION_KINDS;
export const QUESTION_KIND_KEYS = Object.keys(QUESTION_KINDS) as [QuestionKind, ...QuestionKind[]];

/** A quiz's state: being set up, taking answers, or over. */
export const QUIZ_STATES = {
  draft: '未开放',
  open: '答题中',
  closed: '已结束',
} as const;
export type QuizState = keyof typeof QUIZ_STATES;

/** An attempt: answering, handed in, or handed in after the time limit (not scored). */
export const ATTEMPT_STATES = {
  started: '答题中',
  submitted: '已交卷',
  expired: '超时未交卷',
} as const;
export type AttemptState = keyof typeof ATTEMPT_STATES;
