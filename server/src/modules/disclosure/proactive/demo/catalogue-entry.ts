import type { WithholdGround } from '../categories.js';

/** One entry of the demo catalogue; `p` makes a published one. */
export interface DemoEntry {
  key: string;
  category: string;
  title: string;
  summary: string;
  body: string;
  createdOn: string;
  /** Day of the 保密审查 decision (publication or withholding); none for drafts. */
  decidedOn?: string;
  state: 'published' | 'withheld' | 'in_review' | 'draft';
  docNumber?: string;
  normativeKind?: 'normative_document';
  issuedOn?: string;
  abolishedOn?: string;
  explains?: string;
  withhold?: { ground: WithholdGround; reason: string };
  groupClass?: string;
}

export const p = (
  key: string,
  category: string,
  title: string,
  createdOn: string,
  decidedOn: string,
  summary: string,
  extra: Partial<DemoEntry> = {},
): DemoEntry => ({
  key,
  category,
  title,
  createdOn,
  decidedOn,
  summary,
  state: 'published',
  body: `${title}\n\n${summary}。\n\n桥头镇人民政府`,
  ...extra,
});
