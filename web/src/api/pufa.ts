import { api, download } from './client';
import type { Reply } from './types';

/** 普法: quizzes (staff and portal), content; the legal team (法治队伍与学法述法). */

type Questions = Reply<'/api/v1/pufa/questions'>;
export type Question = Questions['items'][number];
type Quizzes = Reply<'/api/v1/pufa/quizzes'>;
/** A quiz with its participation figures (参与率 and its definition). */
export type Quiz = Quizzes['items'][number];
type QuizDetail = Reply<'/api/v1/pufa/quizzes/{id}'>;
type Leaderboard = Reply<'/api/v1/pufa/quizzes/{id}/leaderboard'>;
type Results = Reply<'/api/v1/pufa/quizzes/{id}/results'>;
export type BoardRow = Leaderboard['items'][number];
export type AttemptRow = Results['items'][number];
/** The questions drawn for a portal taker (options shuffled, no answer) and the one-time token. */
export type Started = Reply<'/api/v1/public/pufa/quizzes/{id}/attempts', 'post'>;
export type ShownQuestion = Started['questions'][number];
/** The marked paper: score, rank and each question's right answer with its explanation and basis. */
export type HandedIn = Reply<'/api/v1/public/pufa/attempts/{id}/submit', 'post'>;

export interface QuestionInput {
  topic: string;
  kind: Question['kind'];
  stem: string;
  options?: string[];
  answer: number[];
  explanation: string;
  basis: string;
}

interface QuizInput {
  title: string;
  intro: string;
  topic: string;
  questionCount: number;
  pointsPerQuestion: number;
  timeLimitSeconds: number;
  attemptsPerDay: number;
  smsRequired: boolean;
  targetPopulation: number;
  targetLabel: string;
  opensOn: string;
  closesOn: string;
}

type Contents = Reply<'/api/v1/pufa/contents'>;
export type ContentItem = Contents['items'][number];
export type ContentKind = ContentItem['kind'];
export type Audience = ContentItem['audience'];

export interface ContentInput {
  kind: ContentKind;
  title: string;
  topic: string;
  audience: Audience;
  department: string;
  body: string;
  mediaUrl?: string;
  eventOn?: string;
}

export const pufaApi = {
  questions: (topic?: string) =>
    api.get<Questions>('/pufa/questions', {
      topic,
      page: 1,
      pageSize: 200,
    }),
  addQuestion: (body: QuestionInput) =>
    api.post<Reply<'/api/v1/pufa/questions', 'post'>>('/pufa/questions', body),
  retireQuestion: (id: string) =>
    api.post<Reply<'/api/v1/pufa/questions/{id}/retire', 'post'>>(`/pufa/questions/${id}/retire`),
  createQuiz: (body: QuizInput) =>
    api.post<Reply<'/api/v1/pufa/quizzes', 'post'>>('/pufa/quizzes', body),
  addContent: (body: ContentInput) =>
    api.post<Reply<'/api/v1/pufa/contents', 'post'>>('/pufa/contents', body),
  publishContent: (id: string, publishedOn: string) =>
    api.post<Reply<'/api/v1/pufa/contents/{id}/publish', 'post'>>(`/pufa/contents/${id}/publish`, {
      publishedOn,
    }),
  withdrawContent: (id: string, reason: string) =>
    api.post<Reply<'/api/v1/pufa/contents/{id}/withdraw', 'post'>>(
      `/pufa/contents/${id}/withdraw`,
      { reason },
    ),
  quizzes: () => api.get<Quizzes>('/pufa/quizzes'),
  quiz: (id: string) => api.get<QuizDetail>(`/pufa/quizzes/${id}`),
  move: (id: string, to: 'open' | 'close') => api.post<QuizDetail>(`/pufa/quizzes/${id}/${to}`),
  results: (id: string, page: number) =>
    api.get<Results>(`/pufa/quizzes/${id}/results`, {
      page,
      pageSize: 20,
    }),
  leaderboard: (id: string) =>
    api.get<Leaderboard>(`/pufa/quizzes/${id}/leaderboard`, { limit: 20 }),
  exportResults: (id: string) =>
    download(`/pufa/quizzes/${id}/results/export`, {}, '答题结果.xlsx'),
  stats: (year: number, orgId?: string) =>
    api.get<Reply<'/api/v1/pufa/stats'>>('/pufa/stats', { year, orgId }),
  contents: (filter: { kind?: ContentKind; audience?: Audience; topic?: string } = {}) =>
    api.get<Contents>('/pufa/contents', filter),
};

export const portalQuizApi = {
  list: () => api.get<Reply<'/api/v1/public/pufa/quizzes'>>('/public/pufa/quizzes'),
  quiz: (id: string) =>
    api.get<Reply<'/api/v1/public/pufa/quizzes/{id}'>>(`/public/pufa/quizzes/${id}`),
  code: (id: string, phone: string) =>
    api.post<Reply<'/api/v1/public/pufa/quizzes/{id}/sms-code', 'post'>>(
      `/public/pufa/quizzes/${id}/sms-code`,
      { phone },
    ),
  start: (id: string, body: { name: string; phone: string; unit: string; code?: string }) =>
    api.post<Started>(`/public/pufa/quizzes/${id}/attempts`, body),
  submit: (attemptId: string, token: string, answers: number[][]) =>
    api.post<HandedIn>(`/public/pufa/attempts/${attemptId}/submit`, { token, answers }),
};

type Members = Reply<'/api/v1/team/members'>;
export type TeamMember = Members['items'][number];
type Sessions = Reply<'/api/v1/team/study-sessions'>;
export type StudySession = Sessions['items'][number];
type ShufaReports = Reply<'/api/v1/team/shufa'>;
export type ShufaReport = ShufaReports['items'][number];
type Created = Reply<'/api/v1/team/members', 'post'>;

export interface MemberInput {
  name: string;
  post: string;
  roles: string[];
  townStaff: boolean;
  degree: 'doctor' | 'master' | 'bachelor' | 'none';
  lawMajor: boolean;
  legalQualification: boolean;
  qualificationNo?: string;
  joinedOn: string;
}

export interface SessionInput {
  kind: 'pre_meeting' | 'thematic' | 'daily';
  heldOn: string;
  title: string;
  lecturer?: string;
  attendees: string[];
  absentees: string[];
  materials: string[];
}

export interface ShufaInput {
  year: number;
  reporter: string;
  reporterPost: string;
  heldOn: string;
  form: 'on_site' | 'written';
  summary: string;
  scores: { panelist: string; score: number }[];
}

export const teamApi = {
  addShufa: (body: ShufaInput) => api.post<Created>('/team/shufa', body),
  shufa: (year: number, orgId?: string) => api.get<ShufaReports>('/team/shufa', { year, orgId }),
  addMember: (body: MemberInput) => api.post<Created>('/team/members', body),
  addSession: (body: SessionInput) => api.post<Created>('/team/study-sessions', body),
  members: (year: number, orgId?: string) => api.get<Members>('/team/members', { year, orgId }),
  sessions: (year: number, orgId?: string) =>
    api.get<Sessions>('/team/study-sessions', { year, orgId }),
  stats: (year: number, orgId?: string) =>
    api.get<Reply<'/api/v1/team/stats'>>('/team/stats', { year, orgId }),
};
