import type { Workflow } from '../../../core/workflow/index.js';
import { COMPLAINT_BASIS } from './village-vocabulary.js';

/**
 * A villager's 反映 (村民委员会组织法 第三十一条) as the kernel's transition table: the town investigates,
 * orders publication where due or dismisses, confirms the village published, and closes telling the villager.
 */
export const COMPLAINT_STATES = {
  received: '已受理',
  investigating: '调查核实中',
  ordered: '已责令公布',
  dismissed: '经核实无须公布',
  published: '村已公布',
  closed: '已办结',
} as const;
export type ComplaintState = keyof typeof COMPLAINT_STATES;
export type ComplaintAction = 'investigate' | 'order' | 'dismiss' | 'confirm_published' | 'close';

export interface ComplaintFacts {
  state: ComplaintState;
}

export const COMPLAINT_WORKFLOW: Workflow<ComplaintState, ComplaintAction, ComplaintFacts, 'town'> =
  {
    key: 'village-affairs-complaint',
    title: '村务公开反映（村民委员会组织法第三十一条）',
    states: COMPLAINT_STATES,
    initial: ['received'],
    permission: 'village_affairs.complaint.handle',
    parties: { town: { label: '乡镇人民政府', townOffice: true } },
    transitions: {
      investigate: {
        label: '开始调查核实',
        verb: 'investigation_started',
        from: ['received'],
        to: 'investigating',
        by: 'town',
        basis: COMPLAINT_BASIS,
      },
      order: {
        label: '责令依法公布',
        verb: 'ordered',
        from: ['investigating'],
        to: 'ordered',
        by: 'town',
        basis: COMPLAINT_BASIS,
      },
      dismiss: {
        label: '核实后不予支持',
        verb: 'dismissed',
        from: ['investigating'],
        to: 'dismissed',
        by: 'town',
        basis: COMPLAINT_BASIS,
      },
      // Also taken on its own when the village publishes an item linked to the order.
      confirm_published: {
        label: '确认村已公布',
        verb: 'published',
        from: ['ordered'],
        to: 'published',
        by: 'town',
        basis: COMPLAINT_BASIS,
      },
      close: {
        label: '办结并告知反映人',
        verb: 'closed',
        from: ['dismissed', 'published'],
        to: 'closed',
        by: 'town',
        basis: COMPLAINT_BASIS,
      },
    },
  };
