import { api } from './client';

export type OrgKind =
  'province' | 'city' | 'county' | 'town' | 'village' | 'community' | 'unit' | 'external';

export interface Org {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: OrgKind;
  kindLabel: string;
  depth: number;
  active: boolean;
}

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
  list: () => api.get<{ items: Org[]; abilities: { create: boolean } }>('/orgs'),
  create: (input: { parentId: string; name: string; kind: OrgKind; code?: string }) =>
    api.post<Org>('/orgs', input),
  update: (id: string, patch: { name?: string; active?: boolean; sortOrder?: number }) =>
    api.patch<Org>(`/orgs/${id}`, patch),
};
