import { api, download, type Query } from './client';
import type { Reply, RequestBody } from './types';

type TemplateList = Reply<'/api/v1/numbering/templates'>;
type RegisterPage = Reply<'/api/v1/numbering/register'>;

/** A 文号 template with this year's progress, e.g. 桥法审〔{year}〕{n}号 → next 桥法审〔2024〕13号. */
export type NumberTemplate = TemplateList['items'][number];
export type RegisterEntry = RegisterPage['items'][number];
export type IssuedNumber = Reply<'/api/v1/numbering/issue', 'post'>;

export interface RegisterFilters {
  kind?: string;
  year?: number;
  q?: string;
  page: number;
  pageSize: number;
}

export const numberingApi = {
  templates: () => api.get<TemplateList>('/numbering/templates'),
  saveTemplate: (kind: string, body: RequestBody<'/api/v1/numbering/templates/{kind}', 'put'>) =>
    api.put<Reply<'/api/v1/numbering/templates/{kind}', 'put'>>(
      `/numbering/templates/${encodeURIComponent(kind)}`,
      body,
    ),
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
