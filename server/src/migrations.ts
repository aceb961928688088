import { FOUNDATION_MIGRATIONS, type MigrationSet } from './core/db/migrations.js';
import { DISCLOSURE_MIGRATIONS } from './modules/disclosure/disclosure.migrations.js';
import { REVIEW_MIGRATIONS } from './modules/review/review.migrations.js';

/** Every migration of the application: the foundation's, then each module's (ordered by name). */
export const MIGRATIONS: MigrationSet = { ...FOUNDATION_MIGRATIONS, ...REVIEW_MIGRATIONS, ...DISCLOSURE_MIGRATIONS };
