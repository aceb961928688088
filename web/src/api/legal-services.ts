import { api, download, type Query } from './client';
import type { Reply } from './types';

/** 公共法律服务: the station's windows, queue and service log; legal aid; 司法协助; village advisers. */

type Vocabulary = Reply<'/api/v1/legal-services/vocabulary'>;
type Windows = Reply<'/api/v1/legal-services/windows'>;
export type ServiceWindow = Windows['items'][number];
type Queue = Reply<'/api/v1/legal-services/queue'>;
export type QueueWindow = Queue['windows'][number];
export type Ticket = QueueWindow['waiting'][number];
type Visits = Reply<'/api/v1/legal-services/visits'>;
export type Visit = Visits['items'][number];
type Appointments = Reply<'/api/v1/legal-services/appointments'>;
type Appointment = Appointments['items'][number];
type Questions = Reply<'/api/v1/legal-services/questions'>;
export type Question = Questions['items'][number];
type AidPage = Reply<'/api/v1/legal-services/aid'>;
export type AidApplication = AidPage['items'][number];
export type AidDetail = Reply<'/api/v1/legal-services/aid/{id}'>;
type StaffAdvisers = Reply<'/api/v1/legal-services/advisers'>;
type PublicAdvisers = Reply<'/api/v1/public/legal-services/advisers'>;
/** A village's adviser; the staff list adds the year's services by kind. */
export type Adviser = PublicAdvisers['items'][number] &
  Partial<Pick<StaffAdvisers['items'][number], 'logs'>>;
type Evaluations = Reply<'/api/v1/legal-services/advisers/{id}/evaluations'>;
export type AdviserEvaluation = Evaluations['items'][number];
export type AdviserGrade = AdviserEvaluation['grade'];
type Assistance = Reply<'/api/v1/legal-services/assistance'>;
export type AssistanceRecord = Assistance['items'][number];

const L = '/legal-services';
const town = (orgId?: string) => (orgId ? { orgId } : {});

export const legalServicesApi = {
  vocabulary: () => api.get<Vocabulary>(`${L}/vocabulary`),
  windows: (orgId?: string) => api.get<Windows>(`${L}/windows`, town(orgId)),
  openDefaults: () =>
    api.post<Reply<'/api/v1/legal-services/windows/defaults', 'post'>>(`${L}/windows/defaults`, {}),
  createWindow: (body: Record<string, unknown>) => api.post<ServiceWindow>(`${L}/windows`, body),
  queue: (orgId?: string) => api.get<Queue>(`${L}/queue`, town(orgId)),
  takeTicket: (windowId: string) => api.post<Ticket>(`${L}/windows/${windowId}/tickets`, {}),
  callNext: (windowId: string) => api.post<Ticket>(`${L}/windows/${windowId}/call-next`, {}),
  skip: (ticketId: string) => api.post<Ticket>(`${L}/queue/tickets/${ticketId}/skip`, {}),
  logVisit: (windowId: string, body: Record<string, unknown>) =>
    api.post<Visit>(`${L}/windows/${windowId}/visits`, body),
  rate: (visitId: string, body: Record<string, unknown>) =>
    api.post<Visit>(`${L}/visits/${visitId}/rating`, body),
  visits: (q: Record<string, unknown>) => api.get<Visits>(`${L}/visits`, q as Query),
  exportVisits: (q: Record<string, unknown>) =>
    download(`${L}/visits/export`, q as Query, '公共法律服务站服务登记台账.xlsx'),
  appointments: (orgId?: string) => api.get<Appointments>(`${L}/appointments`, town(orgId)),
  checkIn: (id: string) => api.post<Ticket>(`${L}/appointments/${id}/check-in`, {}),
  cancelAppointment: (id: string) => api.post<Appointment>(`${L}/appointments/${id}/cancel`, {}),
  questions: (q: { orgId?: string; answered?: boolean }) =>
    api.get<Questions>(`${L}/questions`, q as Query),
  answer: (id: string, answer: string) =>
    api.post<Question>(`${L}/questions/${id}/answer`, { answer }),
  stats: (q: { year: number; orgId?: string }) =>
    api.get<Reply<'/api/v1/legal-services/stats'>>(`${L}/stats`, q as unknown as Query),
  aidList: (q: Record<string, unknown>) => api.get<AidPage>(`${L}/aid`, q as Query),
  aid: (id: string) => api.get<AidDetail>(`${L}/aid/${id}`),
  createAid: (body: Record<string, unknown>) => api.post<AidDetail>(`${L}/aid`, body),
  aidStep: (id: string, step: string, body: Record<string, unknown> | null) =>
    api.post<AidDetail>(`${L}/aid/${id}/${step}`, body ?? undefined),
  assistance: (q: Record<string, unknown>) => api.get<Assistance>(`${L}/assistance`, q as Query),
  recordAssistance: (body: Record<string, unknown>) =>
    api.post<AssistanceRecord>(`${L}/assistance`, body),
  advisers: (orgId?: string) => api.get<StaffAdvisers>(`${L}/advisers`, town(orgId)),
  appointAdviser: (body: Record<string, unknown>) => api.post<Adviser>(`${L}/advisers`, body),
  logAdviser: (id: string, body: Record<string, unknown>) =>
    api.post<Reply<'/api/v1/legal-services/advisers/{id}/logs', 'post'>>(
      `${L}/advisers/${id}/logs`,
      body,
    ),
  evaluations: (id: string) => api.get<Evaluations>(`${L}/advisers/${id}/evaluations`),
  evaluate: (id: string, body: Record<string, unknown>) =>
    api.post<AdviserEvaluation>(`${L}/advisers/${id}/evaluations`, body),
};

/** The portal's calls: no account needed. */
/** A question and its answer as the portal's lookup returns it. */
export type TrackedQuestion = Reply<'/api/v1/portal/legal-services/questions/track', 'post'>;

export const legalPortalApi = {
  station: () =>
    api.get<Reply<'/api/v1/public/legal-services/station'>>('/public/legal-services/station'),
  advisers: () => api.get<PublicAdvisers>('/public/legal-services/advisers'),
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
