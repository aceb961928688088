import type { Grants } from '../../core/authz/role-grants.js';

const READ = [
  'legal_services.station.read',
  'legal_services.aid.read',
  'legal_services.assistance.read',
  'legal_services.adviser.read',
] as const;

/**
 * 公共法律服务: the station's window clerk does the station's work (queue, service log, ratings, online
 * questions, legal-aid intake, 司法协助, the villages' adviser register); the 司法所's staff (the 党建综合办
 * clerk in the demo town) help; the town's leaders read; a legal adviser and a village cadre keep the
 * adviser's service log of their village; county staff (司法局) read, names masked.
 */
export const LEGAL_SERVICES_GRANTS: Grants = {
  window_clerk: [
    ...READ,
    'legal_services.station.handle',
    'legal_services.window.manage',
    'legal_services.aid.handle',
    'legal_services.assistance.record',
    'legal_services.adviser.manage',
    'legal_services.adviser.log',
  ],
  office_clerk: [...READ, 'legal_services.assistance.record', 'legal_services.adviser.manage'],
  mediator: ['legal_services.station.read', 'legal_services.station.handle'],
  town_head: [...READ],
  deputy_head: [...READ],
  legal_adviser: ['legal_services.adviser.read', 'legal_services.adviser.log'],
  village_cadre: ['legal_services.adviser.read', 'legal_services.adviser.log'],
  county_supervisor: [...READ],
};
