/**
 * What other modules may use of the users module (用户): finding an account by its username and
 * creating accounts with their roles (seeds and the CLI). Other modules import the users module only
 * through this file (checked by server/src/import-graph.test.ts).
 */

export { roleSetProblems } from './user.policy.js';
export { findUserByUsername, insertUser, setRoles } from './user.repository.js';
