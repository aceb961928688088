/**
 * What other modules may use of the orgs module (组织机构): the town a page is for, the issuing
 * authority (发文机关) of a letter, the town filter of list queries, and the division import used by seeds and the CLI. Other modules
 * import the orgs module only through this file (checked by server/src/import-graph.test.ts).
 */

export { normaliseDivisionCode } from './division-source.js';
export { issuingAuthority } from './issuing-authority.js';
export { findOrgByCode, insertOrg } from './org.repository.js';
export { importDivision } from './org.service.js';
export { pageTown, readWithin, townFilter, townOfOrg, type TownRef } from './page-town.js';
