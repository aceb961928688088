import { api } from './client';
import type { Reply, RequestBody } from './types';

type OrgList = Reply<'/api/v1/orgs'>;

export type Org = OrgList['items'][number];
export type OrgKind = Org['kind'];
export type OrgInput = RequestBody<'/api/v1/orgs', 'post'>;

export interface OrgNode extends Org {
  children?: OrgNode[];
}

/** The server sends a flat list ordered by depth; the page shows it as a tree. */
export function buildOrgTree(items: Org[]): OrgNode[] {
  const byId = new Map<string, OrgNode>(items.map((o) => [o.id, { ...o }]));
  const roots: OrgNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export const orgsApi = {
  list: () => api.get<OrgList>('/orgs'),
  create: (input: OrgInput) => api.post<Reply<'/api/v1/orgs', 'post'>>('/orgs', input),
  update: (id: string, patch: RequestBody<'/api/v1/orgs/{id}', 'patch'>) =>
    api.patch<Reply<'/api/v1/orgs/{id}', 'patch'>>(`/orgs/${id}`, patch),
};
