import { api, download, type Query } from './client';

/** A 文号 template with this year's progress, e.g. 桥法审〔{year}〕{n}号 → next 桥法审〔2024〕13号. */
export interface NumberTemplate {
  orgId: string;
  orgName: string;
  kind: string;
  name: string;
  template: string;
  year: number;
  lastSeq: number;
  next: string;
}

export interface RegisterEntry {
  id: string;
  orgId: string;
  orgName: string;
  kind: string;
  kindName: string | null;
  year: number;
  seq: number;
  numberText: string;
  title: string;
  subjectType: string | null;
  subjectId: string | null;
  issuedByName: string | null;
  issuedAt: string;
  attachments: { id: string; name: string; size: number; mime: string }[];
}

export interface IssuedNumber {
  id: string;
  kind: string;
  year: number;
  seq: number;
  text: string;
  title: string;
  orgId: string;
  issuedAt: string;
}

export interface RegisterFilters {
  kind?: string;
  year?: number;
  q?: string;
  page: number;
  pageSize: number;
}

interface RegisterPage {
  items: RegisterEntry[];
  total: number;
  page: number;
  pageSize: number;
  abilities: { issue: boolean; attach: boolean; manageTemplates: boolean };
}

export const numberingApi = {
  templates: () => api.get<{ items: NumberTemplate[] }>('/numbering/templates'),
  saveTemplate: (kind: string, body: { name: string; template: string; orgId?: string }) =>
    api.put<NumberTemplate>(`/numbering/templates/${encodeURIComponent(kind)}`, body),
  register: (f: RegisterFilters) =>
    api.get<RegisterPage>('/numbering/register', f as unknown as Query),
  exportXlsx: (f: RegisterFilters) =>
    download(
      '/numbering/register',
      { ...(f as unknown as Query), format: 'xlsx', page: undefined, pageSize: undefined },
      '发文登记簿.xlsx',
    ),
  issue: (kind: string, title: string) =>
    api.post<IssuedNumber>('/numbering/issue', { kind, title }),
};
