import type { Deps } from '../../../../core/deps.js';
import { today } from '../../../../core/deps.js';
import { demoIsLive, onDay } from '../../../demo/demo-now.js';
import { actorCtx } from '../../proactive/demo/demo-actors.js';
import { closeComplaint, confirmPublished, orderPublication } from '../complaint.service.js';
import { approveVillageItem, createVillageItem, submitVillageItem } from '../village-item.service.js';
import { DEMO_COMPLAINT, DEMO_VILLAGES, routineText } from './village-data.js';

// tenancy: the demo seed runs as the system

/**
 * Loaded after January 2025: the complaint under investigation on 20 November 2024 ends as it would
 * have — the town orders 毛三斢村 to publish its third-quarter finances (村民委员会组织法 art 31), the
 * village does within the period, and the complainant is told.
 */
export async function seedVillageAffairsNow(deps: Deps): Promise<void> {
  if (!demoIsLive(today(deps))) return;
  const q = deps.db.kysely;
  const c = DEMO_COMPLAINT;
  const village = await q.selectFrom('orgs').select('id').where('code', '=', c.code).executeTakeFirst();
  const complaint = village && (await q.selectFrom('villageAffairsComplaints').select(['id', 'status']).where('orgId', '=', village.id).executeTakeFirst());
  if (!village || !complaint || complaint.status !== 'investigating') return;
  const v = DEMO_VILLAGES.find((x) => x.code === c.code)!;
  const [clerk, cadre, supervisor] = await Promise.all([actorCtx(deps, 'clerk'), actorCtx(deps, v.cadre.username), actorCtx(deps, v.supervisor.username)]);

  await orderPublication(onDay(deps, '2024-11-22'), clerk, complaint.id, { findings: '经核实，该村2024年第三季度财务收支未按期在“群治分”平台公布。', orderText: '责令毛三斢村公布2024年第三季度财务收支情况' });
  const text = routineText(v.short, 'finance', '2024-Q3', 7);
  const itemId = await createVillageItem(onDay(deps, '2024-11-27', '09:00'), cadre, { orgId: village.id, category: 'finance', matterKind: 'regular', subject: text.subject as never, period: '2024-Q3', title: text.title, body: text.body });
  await submitVillageItem(onDay(deps, '2024-11-27', '09:30'), cadre, itemId);
  await approveVillageItem(onDay(deps, '2024-11-27', '15:00'), supervisor, itemId, '经村务监督委员会审查，内容真实完整，同意公布');
  const after = await q.selectFrom('villageAffairsComplaints').select('status').where('id', '=', complaint.id).executeTakeFirstOrThrow();
  if (after.status === 'ordered') await confirmPublished(onDay(deps, '2024-11-28'), clerk, complaint.id, { itemId });
  await closeComplaint(onDay(deps, '2024-11-29'), clerk, complaint.id, { resultNote: '经核实，该村已于2024年11月27日公布第三季度财务收支情况，感谢您的监督。' });
}
