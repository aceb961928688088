import { api } from './client';
import type { Reply, RequestBody } from './types';

export type MeResponse = Reply<'/api/v1/auth/me'>;
export type Stage = MeResponse['stage'];
/**
 * The signed-in person: `town` null above the town level; `towns` and `chosenTown` for county and city
 * staff choosing among towns on pages kept per town.
 */
export type Me = MeResponse['user'];
export type Enrolment = Reply<'/api/v1/auth/totp/enroll', 'post'>;
export type SessionItem = Reply<'/api/v1/auth/sessions'>['items'][number];
export type LoginHistoryItem = Reply<'/api/v1/auth/login-history'>['items'][number];

export const authApi = {
  me: () => api.get<MeResponse>('/auth/me', undefined, { quiet401: true }),
  login: (username: string, password: string) =>
    api.post<Reply<'/api/v1/auth/login', 'post'>>(
      '/auth/login',
      { username, password },
      { quiet401: true },
    ),
  chooseTown: (townId: string) =>
    api.put<Reply<'/api/v1/auth/me/town', 'put'>>('/auth/me/town', { townId }),
  logout: () => api.post<void>('/auth/logout', undefined, { quiet401: true }),
  logoutAll: () => api.post<Reply<'/api/v1/auth/logout-all', 'post'>>('/auth/logout-all'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<Reply<'/api/v1/auth/password', 'post'>>('/auth/password', {
      currentPassword,
      newPassword,
    }),
  enrollTotp: () => api.post<Enrolment>('/auth/totp/enroll'),
  activateTotp: (code: string) =>
    api.post<Reply<'/api/v1/auth/totp/activate', 'post'>>('/auth/totp/activate', { code }),
  verifyTotp: (code: string) =>
    api.post<Reply<'/api/v1/auth/totp/verify', 'post'>>('/auth/totp/verify', { code }),
  sessions: () => api.get<Reply<'/api/v1/auth/sessions'>>('/auth/sessions'),
  endSession: (id: string) => api.delete(`/auth/sessions/${encodeURIComponent(id)}`),
  loginHistory: () => api.get<Reply<'/api/v1/auth/login-history'>>('/auth/login-history'),
  registerCode: (phone: string) =>
    api.post<Reply<'/api/v1/auth/register/code', 'post'>>(
      '/auth/register/code',
      { phone },
      { quiet401: true },
    ),
  register: (input: RequestBody<'/api/v1/auth/register', 'post'>) =>
    api.post<Reply<'/api/v1/auth/register', 'post'>>('/auth/register', input, { quiet401: true }),
};
