import { api, download } from './client';

/** 普法: quizzes (staff and portal), content; the legal team (法治队伍与学法述法). */

export interface Quiz {
  id: string;
  title: string;
  intro: string;
  topic: string;
  questionCount: number;
  pointsPerQuestion: number;
  fullScore: number;
  timeLimitSeconds: number;
  attemptsPerDay: number;
  smsRequired: boolean;
  targetPopulation: number;
  targetLabel: string;
  opensOn: string;
  closesOn: string;
  status: 'draft' | 'open' | 'closed';
  statusLabel: string;
  attempts?: number;
  participants?: number;
  participationRate?: number | null;
  participationDefinition?: string;
  poolSize?: number;
}

export interface BoardRow {
  rank: number;
  name: string;
  unit: string;
  score: number;
  durationSeconds: number;
}

export interface AttemptRow {
  id: string;
  name: string;
  phoneMasked: string;
  unit: string;
  statusLabel: string;
  score: number | null;
  correctCount: number | null;
  durationSeconds: number | null;
  submittedAt: string | null;
}

interface PublicQuiz extends Quiz {
  answeringNow: boolean;
  leaderboard: BoardRow[];
}

export interface ShownQuestion {
  kind: 'single' | 'multiple' | 'judge';
  kindLabel: string;
  stem: string;
  options: string[];
}

export interface Started {
  attemptId: string;
  token: string;
  deadlineAt: string;
  timeLimitSeconds: number;
  attemptsLeftToday: number;
  questions: ShownQuestion[];
}

export interface HandedIn {
  score: number;
  fullScore: number;
  correctCount: number;
  questionCount: number;
  durationSeconds: number;
  rank: number | null;
  review: {
    stem: string;
    chosen: number[];
    rightPositions: number[];
    right: boolean;
    explanation: string;
    basis: string;
  }[];
}

export interface Question {
  id: string;
  topic: string;
  kind: 'single' | 'multiple' | 'judge';
  kindLabel: string;
  stem: string;
  options: string[];
  answer: number[];
  explanation: string;
  basis: string;
  retired: boolean;
}

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

export type ContentKind = 'article' | 'video' | 'livestream';
export type Audience = 'public' | 'cadres' | 'youth' | 'elderly' | 'women' | 'enterprises';

export interface ContentItem {
  id: string;
  kind: ContentKind;
  kindLabel: string;
  brand: string;
  title: string;
  topic: string;
  audience: Audience;
  audienceLabel: string;
  department: string;
  eventOn: string | null;
  publishedOn: string | null;
  state: 'draft' | 'published' | 'withdrawn';
  stateLabel: string;
  withdrawnOn: string | null;
  withdrawalReason: string | null;
  views: number;
  participants: number | null;
}

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
    api.get<{ items: Question[]; total: number }>('/pufa/questions', {
      topic,
      page: 1,
      pageSize: 200,
    }),
  addQuestion: (body: QuestionInput) => api.post<Question>('/pufa/questions', body),
  retireQuestion: (id: string) => api.post<Question>(`/pufa/questions/${id}/retire`),
  createQuiz: (body: QuizInput) => api.post<Quiz>('/pufa/quizzes', body),
  addContent: (body: ContentInput) => api.post<ContentItem>('/pufa/contents', body),
  publishContent: (id: string, publishedOn: string) =>
    api.post<ContentItem>(`/pufa/contents/${id}/publish`, { publishedOn }),
  withdrawContent: (id: string, reason: string) =>
    api.post<ContentItem>(`/pufa/contents/${id}/withdraw`, { reason }),
  quizzes: () => api.get<{ items: Quiz[] }>('/pufa/quizzes'),
  quiz: (id: string) => api.get<Quiz>(`/pufa/quizzes/${id}`),
  move: (id: string, to: 'open' | 'close') => api.post<Quiz>(`/pufa/quizzes/${id}/${to}`),
  results: (id: string, page: number) =>
    api.get<{ items: AttemptRow[]; total: number }>(`/pufa/quizzes/${id}/results`, {
      page,
      pageSize: 20,
    }),
  leaderboard: (id: string) =>
    api.get<{ items: BoardRow[] }>(`/pufa/quizzes/${id}/leaderboard`, { limit: 20 }),
  exportResults: (id: string) =>
    download(`/pufa/quizzes/${id}/results/export`, {}, '答题结果.xlsx'),
  stats: (year: number, orgId?: string) =>
    api.get<{
      quizzes: { count: number; attempts: number; participants: number };
      content: {
        byKind: { kind: string; label: string; published: number }[];
        views: number;
        participants: number;
      };
      villageLeaders: {
        legalUnderstanding: number;
        ruleOfLawLeaders: number;
        villages: number;
        basis: string;
      };
    }>('/pufa/stats', { year, orgId }),
  contents: (filter: { kind?: ContentKind; audience?: Audience; topic?: string } = {}) =>
    api.get<{ items: ContentItem[] }>('/pufa/contents', filter),
};

export const portalQuizApi = {
  list: () => api.get<{ items: (Quiz & { answeringNow: boolean })[] }>('/public/pufa/quizzes'),
  quiz: (id: string) => api.get<PublicQuiz>(`/public/pufa/quizzes/${id}`),
  code: (id: string, phone: string) => api.post(`/public/pufa/quizzes/${id}/sms-code`, { phone }),
  start: (id: string, body: { name: string; phone: string; unit: string; code?: string }) =>
    api.post<Started>(`/public/pufa/quizzes/${id}/attempts`, body),
  submit: (attemptId: string, token: string, answers: number[][]) =>
    api.post<HandedIn>(`/public/pufa/attempts/${attemptId}/submit`, { token, answers }),
};

interface Figure {
  value: number;
  definition: string;
}

export interface TeamMember {
  id: string;
  name: string;
  post: string;
  roles: { key: string; label: string }[];
  townStaff: boolean;
  degreeLabel: string;
  legalQualification: boolean;
  trainingHours: number;
  leftOn: string | null;
  certificates: { kind: string; certNo: string; expiresOn: string; valid: boolean }[];
}

export interface StudySession {
  id: string;
  kindLabel: string;
  heldOn: string;
  title: string;
  lecturer: string | null;
  attendees: string[];
  absentees: string[];
  materials: string[];
  attendanceRate: number;
}

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

export interface ShufaReport extends ShufaInput {
  id: string;
  formLabel: string;
  average: number;
  trimmedAverage: number | null;
}

export const teamApi = {
  addShufa: (body: ShufaInput) => api.post<{ id: string }>('/team/shufa', body),
  shufa: (year: number, orgId?: string) =>
    api.get<{ items: ShufaReport[] }>('/team/shufa', { year, orgId }),
  addMember: (body: MemberInput) => api.post<TeamMember>('/team/members', body),
  addSession: (body: SessionInput) => api.post<StudySession>('/team/study-sessions', body),
  members: (year: number, orgId?: string) =>
    api.get<{ items: TeamMember[] }>('/team/members', { year, orgId }),
  sessions: (year: number, orgId?: string) =>
    api.get<{ items: StudySession[] }>('/team/study-sessions', { year, orgId }),
  stats: (year: number, orgId?: string) =>
    api.get<{
      study: Record<'thematicSessions' | 'preMeetingSessions' | 'shufaReports', Figure>;
      team: Record<
        'lawMasterReviewers' | 'lawBachelors' | 'legalQualified' | 'adviserTeams' | 'trainingHours',
        Figure
      >;
    }>('/team/stats', { year, orgId }),
};
