import { apiAs, shanghaiDay, type ApiCaller } from './api.js';

/** A year without a catalogue yet (a retried run has made one for the first it tried). */
async function freshCatalogueYear(clerk: ApiCaller): Promise<number> {
  const { items } = await clerk.get<{ items: { year: number }[] }>('/decisions/catalogues');
  const taken = new Set(items.map((c) => c.year));
  let year = new Date().getFullYear() + 1;
  while (taken.has(year)) year++;
  return year;
}

/**
 * A major decision set up over the API as far as its launch: a catalogue of its own with the one entry,
 * approved and published, the decision proposed from it and launched by the head (decisions.e2e clicks
 * these steps). Returns the decision's id.
 */
export async function launchedDecision(entry: {
  title: string;
  legalBasis: string;
  procedures: string[];
}): Promise<string> {
  const clerk = await apiAs('clerk');
  const head = await apiAs('head');
  const today = shanghaiDay();
  const year = await freshCatalogueYear(clerk);
  const cat = await clerk.post('/decisions/catalogues', { year });
  const { id: entryId } = await clerk.post(`/decisions/catalogues/${cat.id}/entries`, {
    ...entry,
    decisionBody: '桥头镇人民政府',
    leadOffice: '建设管理办公室',
    plannedBy: `${year}-06-30`,
    affectsMarket: false,
  });
  await head.post(`/decisions/catalogues/${cat.id}/approve`, {
    approvedOn: today,
    approvedBy: '镇党委会议',
  });
  await clerk.post(`/decisions/catalogues/${cat.id}/publish`, { publishedOn: today });
  const { id } = await clerk.post('/decisions', { entryId, proposedOn: today });
  await head.post(`/decisions/${id}/launch`, { launchedOn: today, leadOffice: '建设管理办公室' });
  return id;
}
