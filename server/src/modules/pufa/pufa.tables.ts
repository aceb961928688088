import type { Flag, Instant, IsoDate } from '../../core/db/schema.js';
import type {
  AttemptState,
  Audience,
  ContentKind,
  ContentState,
  QuestionKind,
  QuizState,
  VillageLeaderKind,
} from './pufa.vocabulary.js';

/** One question of the town's bank. Never edited once saved (attempts refer to it): retired instead. */
export interface PufaQuestionsTable {
  id: string;
  orgId: string;
  /** e.g. 反诈, 反邪教, 民法典: a quiz draws from one topic. */
  topic: string;
  kind: QuestionKind;
  stem: string;
  /** JSON array of the option texts, in the bank's order (判断题: ["正确","错误"]). */
  options: string;
  /** JSON array of the right options' indexes in the bank's order. */
  answer: string;
  explanation: string;
  /** The article the question rests on, as users see it: 《民法典》第一百四十八条. */
  basis: string;
  retired: Flag;
  createdBy: string | null;
  createdAt: Instant;
}

export interface PufaQuizzesTable {
  id: string;
  orgId: string;
  title: string;
  intro: string;
  topic: string;
  questionCount: number;
  pointsPerQuestion: number;
  timeLimitSeconds: number;
  attemptsPerDay: number;
  smsRequired: Flag;
  /** Who the quiz is for and how many they are: the participation rate's denominator. */
  targetPopulation: number;
  targetLabel: string;
  opensOn: IsoDate;
  closesOn: IsoDate;
  status: QuizState;
  createdBy: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One go at a quiz from the portal; the questions drawn and their option order are kept here. */
interface PufaQuizAttemptsTable {
  id: string;
  orgId: string;
  quizId: string;
  /** Blind index of the phone number: the same person across attempts. */
  participantKey: string;
  name: string;
  phoneEnc: string;
  phoneMasked: string;
  /** 村（社区）或单位. */
  unit: string;
  /** The Shanghai day the attempt started on (the attempts-per-day cap). */
  day: IsoDate;
  daySeq: number;
  tokenHash: string;
  /** JSON: [{ q: questionId, o: [bank index shown 1st, 2nd, …] }] in the order shown. */
  draw: string;
  /** JSON: the chosen bank indexes per drawn question, once handed in. */
  answers: string | null;
  status: AttemptState;
  startedAt: Instant;
  deadlineAt: Instant;
  submittedAt: Instant | null;
  durationMs: number | null;
  score: number | null;
  correctCount: number | null;
}

/** Each taker's best handed-in attempt of a quiz: the leaderboard and the participant count. */
interface PufaQuizBestsTable {
  quizId: string;
  participantKey: string;
  orgId: string;
  attemptId: string;
  name: string;
  unit: string;
  phoneMasked: string;
  score: number;
  durationMs: number;
  submittedAt: Instant;
}

/** An article, video or livestream under the town's brand; counted once published. */
export interface PufaContentsTable {
  id: string;
  orgId: string;
  kind: ContentKind;
  /** 桥尚法 for 桥头镇. */
  brand: string;
  title: string;
  topic: string;
  audience: Audience;
  /** The department that enforces the law it explains (谁执法谁普法). */
  department: string;
  body: string;
  mediaUrl: string | null;
  /** A livestream's day. */
  eventOn: IsoDate | null;
  publishedOn: IsoDate | null;
  state: ContentState;
  /** The day it was taken off the portal, and why (a wrong article, a law since amended …). */
  withdrawnOn: IsoDate | null;
  withdrawalReason: string | null;
  /** Portal reads of the published piece. */
  views: number;
  /** Who took part (a livestream's audience, entered after it). */
  participants: number | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** One department's line of the year's 谁执法谁普法 list: the laws it explains, to whom, how. */
interface PufaDutyItemsTable {
  id: string;
  orgId: string;
  year: number;
  department: string;
  /** JSON array of law names. */
  laws: string;
  audience: string;
  activities: string;
  createdAt: Instant;
}

/** A village's 法律明白人 or 法治带头人 (org = the village). */
interface PufaVillageLeadersTable {
  id: string;
  orgId: string;
  kind: VillageLeaderKind;
  name: string;
  /** 村民代表, 网格员, 人民调解员 … */
  post: string;
  trainedOn: IsoDate | null;
  createdAt: Instant;
}

declare module '../../core/db/schema.js' {
  interface Database {
    pufaQuestions: PufaQuestionsTable;
    pufaQuizzes: PufaQuizzesTable;
    pufaQuizAttempts: PufaQuizAttemptsTable;
    pufaQuizBests: PufaQuizBestsTable;
    pufaContents: PufaContentsTable;
    pufaDutyItems: PufaDutyItemsTable;
    pufaVillageLeaders: PufaVillageLeadersTable;
  }
}
