import type { Kysely } from 'kysely';
import type { MigrationKit } from '../../../core/db/migration-kit.js';

/** 听证 (条例 第十六、十七条), the town's expert pool and experts' opinions (第十九至二十一条), 风险评估报告 (第二十三条). */
export async function up(db: Kysely<any>, k: MigrationKit): Promise<void> {
  await db.schema
    .createTable('decision_hearings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().unique().references('decisions.id'))
    .addColumn('hearing_on', k.date, (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('matters', 'text', (c) => c.notNull())
    .addColumn('selection_rule', 'text', (c) => c.notNull())
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('announced_on', k.date, (c) => c.notNull())
    .addColumn('materials_sent_on', k.date, (c) => c.notNull())
    .addColumn('record', 'text')
    .addColumn('recorded_on', k.date)
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('decision_experts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_experts_org_idx')
    .on('decision_experts')
    .columns(['org_id', 'name'])
    .execute();
  await db.schema
    .createTable('decision_expert_conflicts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id'))
    .addColumn('expert_id', 'text', (c) => c.notNull().references('decision_experts.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('declared_on', k.date, (c) => c.notNull())
    .addUniqueConstraint('decision_expert_conflicts_uq', ['decision_id', 'expert_id'])
    .execute();
  await db.schema
    .createTable('decision_expert_picks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id'))
    .addColumn('expert_id', 'text', (c) => c.notNull().references('decision_experts.id'))
    .addColumn('chosen_on', k.date, (c) => c.notNull())
    .addColumn('opinion', 'text')
    .addColumn('signed_on', k.date)
    .addUniqueConstraint('decision_expert_picks_uq', ['decision_id', 'expert_id'])
    .execute();
  await db.schema
    .createTable('decision_risk_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('decision_id', 'text', (c) => c.notNull().unique().references('decisions.id'))
    .addColumn('points', 'text', (c) => c.notNull())
    .addColumn('measures', 'text', (c) => c.notNull())
    .addColumn('plan', 'text', (c) => c.notNull())
    .addColumn('conclusion', 'text', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('assessor', 'text', (c) => c.notNull())
    .addColumn('reported_on', k.date, (c) => c.notNull())
    .addColumn('created_at', k.instant, (c) => c.notNull())
    .addColumn('updated_at', k.instant, (c) => c.notNull())
    .execute();
}
