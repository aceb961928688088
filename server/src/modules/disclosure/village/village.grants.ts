import type { Grants } from '../../../core/authz/role-grants.js';

/**
 * 三务公开: village cadres draft and submit; reviewing needs the permission AND membership of the
 * village's 村务监督委员会 (checked per village). The town watches the board and handles villagers'
 * complaints (村民委员会组织法 第三十一条); the window registers complaints brought in person.
 */
export const VILLAGE_AFFAIRS_GRANTS: Grants = {
  village_cadre: [
    'village_affairs.item.read',
    'village_affairs.item.write',
    'village_affairs.item.review',
  ],
  office_clerk: [
    'village_affairs.item.read',
    'village_affairs.board.read',
    'village_affairs.rules.manage',
    'village_affairs.complaint.read',
    'village_affairs.complaint.register',
    'village_affairs.complaint.handle',
  ],
  town_head: [
    'village_affairs.item.read',
    'village_affairs.board.read',
    'village_affairs.complaint.read',
    'village_affairs.complaint.handle',
  ],
  deputy_head: [
    'village_affairs.item.read',
    'village_affairs.board.read',
    'village_affairs.complaint.read',
    'village_affairs.complaint.handle',
  ],
  window_clerk: ['village_affairs.complaint.read', 'village_affairs.complaint.register'],
  county_supervisor: [
    'village_affairs.item.read',
    'village_affairs.board.read',
    'village_affairs.complaint.read',
  ],
};
