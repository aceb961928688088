import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { on } from '../../demo/demo-actors.js';
import { createContent, publishContent, recordParticipants } from '../content/content.service.js';
import { addDutyItem } from '../content/duty-list.service.js';
import { addVillageLeader } from '../content/village-leaders.service.js';

// tenancy: the demo seed runs as the system

/** 2024's pieces under 桥尚法 (2024 report: 《里仁桥头讲法律》三八妇女节妇女权益普法直播). */
export async function seedContent(deps: Deps, clerk: RequestContext) {
  const live = await createContent(on(deps, '2024-03-01'), clerk, {
    kind: 'livestream',
    title: '《里仁桥头讲法律》三八妇女节妇女权益普法直播',
    topic: '妇女权益',
    audience: 'women',
    department: '镇妇联、司法所',
    body: '围绕《妇女权益保障法》，讲解婚姻家庭、就业和人身安全保护中的常见问题，现场解答网友提问。',
    eventOn: '2024-03-08',
  });
  await publishContent(on(deps, '2024-03-04'), clerk, live.id, { publishedOn: '2024-03-04' });
  // The audience is an illustrative count (the report gives none).
  await recordParticipants(on(deps, '2024-03-11'), clerk, live.id, { participants: 1860 });
  const pieces = [
    [
      'article',
      '2024-05-06',
      '识破“刷单返利”骗局：受骗后怎么办',
      '反诈',
      'public',
      '派出所、司法所',
    ],
    ['video', '2024-05-20', '明辨邪教：“消灾治病”的真面目', '反邪教', 'elderly', '镇综治中心'],
    [
      'article',
      '2024-06-12',
      '安全生产月：企业主要负责人的七项职责',
      '安全生产',
      'enterprises',
      '综合行政执法队',
    ],
    ['article', '2024-09-02', '开学季：校园食品安全家长须知', '食品安全', 'youth', '市场监管所'],
  ] as const;
  for (const [kind, day, title, topic, audience, department] of pieces) {
    const c = await createContent(on(deps, day), clerk, {
      kind,
      title,
      topic,
      audience,
      department,
      body: `${title}。（桥尚法普法）`,
      ...(kind === 'video' ? { mediaUrl: 'https://example.org/qiaoshangfa/video.mp4' } : {}),
    });
    await publishContent(on(deps, day), clerk, c.id, { publishedOn: day });
  }
  const duties = [
    [
      '综合行政执法队',
      ['安全生产法', '消防法'],
      '企业负责人、出租房东',
      '安全生产月宣传、执法检查中以案释法',
    ],
    ['市场监管所', ['食品安全法'], '学校食堂、餐饮经营者', '开学季食堂检查和培训'],
    ['派出所', ['反电信网络诈骗法'], '全体村（居）民', '反诈宣传进村、知识竞赛'],
    ['司法所', ['民法典', '人民调解法'], '村干部、调解员、网格员', '法律明白人培训、以案说法'],
  ] as const;
  for (const [department, laws, audience, activities] of duties)
    await addDutyItem(on(deps, '2024-02-20'), clerk, {
      year: 2024,
      department,
      laws: [...laws],
      audience,
      activities,
    });
  await villageLeaders(deps, clerk);
}

/** 宁波条例 art 27: two 法律明白人 and one 法治带头人 per village, trained in the spring. */
async function villageLeaders(deps: Deps, clerk: RequestContext) {
  const villages = await deps.db.kysely
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('townId', '=', clerk.actor!.townId)
    .where('kind', 'in', ['village', 'community'])
    .orderBy('sortOrder')
    .execute();
  const posts = ['村民代表', '网格员', '人民调解员'];
  for (const [i, v] of villages.entries())
    for (const [j, kind] of (
      ['legal_understanding', 'legal_understanding', 'rule_of_law_leader'] as const
    ).entries())
      await addVillageLeader(on(deps, '2024-04-09'), clerk, {
        villageId: v.id,
        kind,
        name: `${'陈王张李徐胡沈周孙'[i % 9]}${['明', '华', '强'][j]}`,
        post: posts[j]!,
        trainedOn: '2024-04-09',
      });
}
