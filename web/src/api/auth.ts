import { api } from './client';

export type Stage = 'active' | 'password_change' | 'mfa_enroll' | 'mfa_verify';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  isDemo: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  org: { id: string; name: string; kind: string; code: string };
  /** The town the person works in; null above the town level. */
  town: { id: string; name: string } | null;
  /** For county and city staff: the towns they choose among on pages kept per town. */
  towns: { id: string; name: string }[];
  /** For county and city staff: the town per-town pages open on (last chosen, else most recent activity). */
  chosenTown: { id: string; name: string } | null;
  roles: { key: string; name: string }[];
  permissions: string[];
}

export interface MeResponse {
  stage: Stage;
  csrfToken: string;
  user: Me;
}

export interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrDataUrl: string;
}

export interface SessionItem {
  id: string;
  current: boolean;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
}

export interface LoginHistoryItem {
  at: string;
  ip: string | null;
  userAgent: string | null;
  success: boolean;
  reason: string;
}

type StageResponse = { stage: Stage };

export const authApi = {
  me: () => api.get<MeResponse>('/auth/me', undefined, { quiet401: true }),
  login: (username: string, password: string) =>
    api.post<MeResponse>('/auth/login', { username, password }, { quiet401: true }),
  chooseTown: (townId: string) =>
    api.put<{ id: string; name: string }>('/auth/me/town', { townId }),
  logout: () => api.post<void>('/auth/logout', undefined, { quiet401: true }),
  logoutAll: () => api.post<{ revoked: number }>('/auth/logout-all'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<StageResponse>('/auth/password', { currentPassword, newPassword }),
  enrollTotp: () => api.post<Enrolment>('/auth/totp/enroll'),
  activateTotp: (code: string) => api.post<StageResponse>('/auth/totp/activate', { code }),
  verifyTotp: (code: string) => api.post<StageResponse>('/auth/totp/verify', { code }),
  sessions: () => api.get<{ items: SessionItem[] }>('/auth/sessions'),
  endSession: (id: string) => api.delete(`/auth/sessions/${encodeURIComponent(id)}`),
  loginHistory: () => api.get<{ items: LoginHistoryItem[] }>('/auth/login-history'),
  registerCode: (phone: string) =>
    api.post<{ expiresInSeconds: number }>('/auth/register/code', { phone }, { quiet401: true }),
  register: (input: { phone: string; displayName: string; password: string; code: string }) =>
    api.post<MeResponse>('/auth/register', input, { quiet401: true }),
};
