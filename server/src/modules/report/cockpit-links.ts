import type { Permission } from '@fazhi/shared';
import type { Actor } from '../../core/authz/actor.js';
import type { Q } from '../../core/db/database.js';
import { requestsByMonth } from '../disclosure/disclosure.public.js';
import { casesByMonth as enforcementByMonth } from '../enforcement/enforcement.public.js';
import { disputesByMonth } from '../disputes/disputes.public.js';
import { casesByMonth as litigationByMonth } from '../litigation/litigation.public.js';

/** The web list of each clock's subject, where the cockpit's per-module bars lead. */
export const CLOCK_LISTS: Readonly<Record<string, string>> = {
  review_item: '/review/items',
  disclosure_request: '/disclosure/requests',
  disclosure_item: '/disclosure/proactive',
  village_affairs_item: '/disclosure/village',
  village_affairs_complaint: '/disclosure/village/complaints',
  dispute: '/disputes',
  litigation_case: '/litigation/cases',
  legal_aid_application: '/legal-services/aid',
  enforcement_case: '/enforcement/cases',
};

interface Trend {
  key: string;
  label: string;
  /** The date counted, as users read it; the list's `?month=` filters on the same date. */
  countedOn: string;
  perm: Permission;
  api: string;
  web: string;
  byMonth: (q: Q, actor: Actor, townId: string, year: number) => Promise<Map<string, number>>;
}

/** The monthly trends: each module's records per month, and the list a month's point opens. */
export const TRENDS: readonly Trend[] = [
  {
    key: 'disputes',
    label: '矛盾纠纷',
    countedOn: '受理日期',
    perm: 'disputes.read',
    api: '/api/v1/disputes',
    web: '/disputes',
    byMonth: disputesByMonth,
  },
  {
    key: 'enforcement',
    label: '行政处罚案件',
    countedOn: '线索登记日期',
    perm: 'enforcement.case.read',
    api: '/api/v1/enforcement/cases',
    web: '/enforcement/cases',
    byMonth: enforcementByMonth,
  },
  {
    key: 'litigation',
    label: '复议应诉案件',
    countedOn: '收案日期',
    perm: 'litigation.case.read',
    api: '/api/v1/litigation/cases',
    web: '/litigation/cases',
    byMonth: litigationByMonth,
  },
  {
    key: 'disclosure',
    label: '政府信息公开申请',
    countedOn: '收到申请日期',
    perm: 'disclosure.request.read',
    api: '/api/v1/disclosure/requests',
    web: '/disclosure/requests',
    byMonth: requestsByMonth,
  },
];
