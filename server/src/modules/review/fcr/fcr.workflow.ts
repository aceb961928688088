import type { Workflow } from '../../../core/workflow/index.js';
import { conclusionRefusal, type ConclusionInput } from './fcr.rules.js';

/**
 * A 公平竞争审查 record's life as the kernel's transition table: the drafting office reviews its own
 * measure and concludes in writing (公平竞争审查条例 第十七条); the guards are the conclusion's checks.
 */
export const FCR_STATES = { draft: '审查中', concluded: '已作出审查结论' } as const;
export type FcrState = keyof typeof FCR_STATES;

/** The record as it stands with the conclusion being given. */
export interface FcrFacts extends Partial<ConclusionInput> {
  state: FcrState;
}

export const FCR_WORKFLOW: Workflow<FcrState, 'conclude', FcrFacts, 'drafter'> = {
  key: 'review-fcr',
  title: '公平竞争审查记录',
  states: FCR_STATES,
  initial: ['draft'],
  permission: 'review.fcr.manage',
  parties: { drafter: { label: '起草单位', townOffice: true } },
  transitions: {
    conclude: {
      label: '作出书面审查结论',
      verb: 'concluded',
      from: ['draft'],
      to: 'concluded',
      by: 'drafter',
      basis: '《公平竞争审查条例》第十七条',
      guard: (f) =>
        conclusionRefusal({
          checklist: f.checklist ?? {},
          exception: f.exception ?? null,
          consultation: f.consultation ?? null,
          outcome: f.outcome ?? 'compliant',
          conclusionText: f.conclusionText ?? '',
        }),
    },
  },
};
