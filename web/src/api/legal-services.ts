import type { ClockBadge } from '@fazhi/shared';
import type { Reply } from './types';
import { api, download, type Query } from './client';
import type { AheadStep, BlockedStep, PathStep } from './workflow';

/** 公共法律服务: the station's windows, queue and service log; legal aid; 司法协助; village advisers. */

interface LegalServicesVocabulary {
  windowKinds: Record<string, string>;
  channels: Record<string, string>;
  outcomes: Record<string, string>;
  ticketStates: Record<string, string>;
  slots: Record<string, string>;
  aidMatters: Record<string, { label: string; article: number }>;
  meansMethods: Record<string, string>;
  exemptions: Record<string, string>;
  aidStates: Record<string, string>;
  assistanceSubtypes: string[];
  adviserLogKinds: Record<string, string>;
}

export interface ServiceWindow {
  id: string;
  code: string;
  name: string;
  kind: string;
  kindLabel: string;
  active: boolean;
}

export interface Ticket {
  id: string;
  windowId: string;
  label: string;
  status: string;
  statusLabel: string;
  appointmentId: string | null;
}

export interface QueueWindow {
  windowId: string;
  code: string;
  name: string;
  waiting: Ticket[];
  current: Ticket[];
  served: number;
}

export interface Visit {
  id: string;
  windowId: string;
  serviceKindLabel: string;
  servedOn: string;
  channelLabel: string;
  visitorName: string;
  village: string | null;
  topic: string;
  outcome: string;
  outcomeLabel: string;
  referral: string | null;
  handlerName: string;
  rating: number | null;
}

interface Appointment {
  id: string;
  windowId: string;
  onDate: string;
  slotLabel: string;
  name: string;
  phone: string;
  topic: string;
  code: string;
  status: string;
}

export interface Question {
  id: string;
  code: string;
  name: string;
  village: string | null;
  question: string;
  askedOn: string;
  answer: string | null;
  answeredOn: string | null;
  answeredBy: string | null;
}

export interface AidApplication {
  id: string;
  appNo: string;
  applicantName: string;
  matterLabel: string;
  matterBasis: string;
  summary: string;
  meansMethodLabel: string;
  pledgeSigned: boolean;
  exemptionLabel: string | null;
  deadlineOn: string | null;
  urgentPreservation: boolean;
  advanceAllowed: boolean;
  receivedOn: string;
  status: string;
  statusLabel: string;
  centre: string | null;
  forwardedOn: string | null;
  decisionDue: string | null;
  materialsList: string[];
  materialsDueOn: string | null;
  decidedOn: string | null;
  advanced: boolean;
  refusalReason: string | null;
  assignDue: string | null;
  assignedOn: string | null;
  lawyerName: string | null;
  lawyerFirm: string | null;
  objectedOn: string | null;
  objectionDue: string | null;
  objectionResult: string | null;
  closedOn: string | null;
  decisionClock: ClockBadge | null;
  assignClock: ClockBadge | null;
  objectionClock: ClockBadge | null;
}

export interface AidDetail extends AidApplication {
  abilities: string[];
  blocked: BlockedStep[];
  path: PathStep[];
  ahead: AheadStep[];
}

export interface Adviser {
  id: string;
  villageId: string;
  village: string;
  name: string;
  firm: string;
  phone: string;
  hours: string;
  place: string;
  since: string;
  logs?: Record<string, number>;
}

export type AdviserGrade = 'excellent' | 'competent' | 'basically_competent' | 'incompetent';

export interface AdviserEvaluation {
  id: string;
  adviserId: string;
  year: number;
  score: number;
  grade: AdviserGrade;
  gradeLabel: string;
  evaluator: string;
  comments: string;
  evaluatedOn: string;
}

export interface AssistanceRecord {
  id: string;
  subtype: string;
  requester: string;
  caseRef: string | null;
  receivedOn: string;
  doneOn: string | null;
  handlerName: string;
  summary: string;
  result: string | null;
}

interface LegalServicesStats {
  year: number;
  town: string;
  consultations: number;
  mediations: number;
  legalAid: number;
  judicialAssistance: number;
  visitsByKind: Record<string, number>;
  satisfaction: { rated: number; average: number | null };
  definitions: Record<string, string>;
}

type Page<T> = { items: T[]; total: number };
const L = '/legal-services';
const town = (orgId?: string) => (orgId ? { orgId } : {});

export const legalServicesApi = {
  vocabulary: () => api.get<LegalServicesVocabulary>(`${L}/vocabulary`),
  windows: (orgId?: string) =>
    api.get<{ town: string; items: ServiceWindow[] }>(`${L}/windows`, town(orgId)),
  openDefaults: () => api.post<{ items: ServiceWindow[] }>(`${L}/windows/defaults`, {}),
  createWindow: (body: Record<string, unknown>) => api.post<ServiceWindow>(`${L}/windows`, body),
  queue: (orgId?: string) =>
    api.get<{ day: string; windows: QueueWindow[] }>(`${L}/queue`, town(orgId)),
  takeTicket: (windowId: string) => api.post<Ticket>(`${L}/windows/${windowId}/tickets`, {}),
  callNext: (windowId: string) => api.post<Ticket>(`${L}/windows/${windowId}/call-next`, {}),
  skip: (ticketId: string) => api.post<Ticket>(`${L}/queue/tickets/${ticketId}/skip`, {}),
  logVisit: (windowId: string, body: Record<string, unknown>) =>
    api.post<Visit>(`${L}/windows/${windowId}/visits`, body),
  rate: (visitId: string, body: Record<string, unknown>) =>
    api.post<Visit>(`${L}/visits/${visitId}/rating`, body),
  visits: (q: Record<string, unknown>) => api.get<Page<Visit>>(`${L}/visits`, q as Query),
  exportVisits: (q: Record<string, unknown>) =>
    download(`${L}/visits/export`, q as Query, '公共法律服务站服务登记台账.xlsx'),
  appointments: (orgId?: string) =>
    api.get<{ items: Appointment[] }>(`${L}/appointments`, town(orgId)),
  checkIn: (id: string) => api.post<Ticket>(`${L}/appointments/${id}/check-in`, {}),
  cancelAppointment: (id: string) => api.post<Appointment>(`${L}/appointments/${id}/cancel`, {}),
  questions: (q: { orgId?: string; answered?: boolean }) =>
    api.get<{ items: Question[] }>(`${L}/questions`, q as Query),
  answer: (id: string, answer: string) =>
    api.post<Question>(`${L}/questions/${id}/answer`, { answer }),
  stats: (q: { year: number; orgId?: string }) =>
    api.get<LegalServicesStats>(`${L}/stats`, q as unknown as Query),
  aidList: (q: Record<string, unknown>) => api.get<Page<AidApplication>>(`${L}/aid`, q as Query),
  aid: (id: string) => api.get<AidDetail>(`${L}/aid/${id}`),
  createAid: (body: Record<string, unknown>) => api.post<AidDetail>(`${L}/aid`, body),
  aidStep: (id: string, step: string, body: Record<string, unknown> | null) =>
    api.post<AidDetail>(`${L}/aid/${id}/${step}`, body ?? undefined),
  assistance: (q: Record<string, unknown>) =>
    api.get<Page<AssistanceRecord> & { subtypes: string[] }>(`${L}/assistance`, q as Query),
  recordAssistance: (body: Record<string, unknown>) =>
    api.post<AssistanceRecord>(`${L}/assistance`, body),
  advisers: (orgId?: string) =>
    api.get<{ items: Adviser[]; basis: string }>(`${L}/advisers`, town(orgId)),
  appointAdviser: (body: Record<string, unknown>) => api.post<Adviser>(`${L}/advisers`, body),
  logAdviser: (id: string, body: Record<string, unknown>) =>
    api.post<unknown>(`${L}/advisers/${id}/logs`, body),
  evaluations: (id: string) =>
    api.get<{ basis: string; items: AdviserEvaluation[] }>(`${L}/advisers/${id}/evaluations`),
  evaluate: (id: string, body: Record<string, unknown>) =>
    api.post<AdviserEvaluation>(`${L}/advisers/${id}/evaluations`, body),
};

/** The portal's calls: no account needed. */
/** A question and its answer as the portal's lookup returns it. */
export type TrackedQuestion = Reply<'/api/v1/portal/legal-services/questions/track', 'post'>;

export const legalPortalApi = {
  station: () =>
    api.get<{
      town: string;
      windows: ServiceWindow[];
      slots: Record<string, string>;
      bookingDays: number;
    }>('/public/legal-services/station'),
  advisers: () =>
    api.get<{ town: string; basis: string; items: Adviser[] }>('/public/legal-services/advisers'),
  book: (windowId: string, body: Record<string, unknown>) =>
    api.post<Reply<'/api/v1/portal/legal-services/windows/{id}/appointments', 'post'>>(
      `/portal/legal-services/windows/${windowId}/appointments`,
      body,
    ),
  ask: (body: Record<string, unknown>) =>
    api.post<Reply<'/api/v1/portal/legal-services/questions', 'post'>>(
      '/portal/legal-services/questions',
      body,
    ),
  track: (body: Record<string, unknown>) =>
    api.post<TrackedQuestion>('/portal/legal-services/questions/track', body),
};
