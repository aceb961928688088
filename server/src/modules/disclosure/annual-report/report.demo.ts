import type { RequestContext } from '../../../core/authz/actor.js';
import type { Deps } from '../../../core/deps.js';
import { loadUserActor } from '../../auth/actor-loader.js';
import { findUserByUsername } from '../../users/users.public.js';
import { publishReport, saveNarrative, saveReviewCounts } from './report-edit.service.js';

/**
 * 桥头镇's 2024 report: the sections staff write, the one review case of the year entered by hand
 * (表四), and publication in January 2025 as townships do. Every figure in the tables is computed from
 * the applications seeded by the requests demo (and the catalogue of the proactive demo, 表二).
 */
const OVERVIEW = [
  '2024年，桥头镇深入贯彻《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，围绕群众关切推进决策、执行、管理、服务、结果公开。',
  '（一）主动公开。围绕农业农村政策落实、土地征收、社会救助等重点领域及时公开政府信息，做好政策解读。',
  '（二）依申请公开。规范登记、审核、办理、答复、归档各环节，全年新收政府信息公开申请43件，均在法定期限内答复。',
  '（三）政府信息管理。落实公开前保密审查，对不予公开的信息定期评估。',
  '（四）政府信息公开平台建设。依托政府门户网站和法治政府建设平台集中发布政府信息，提供网上申请和办理进度查询。',
  '（五）监督保障。将政府信息公开工作纳入年度考核，开展业务培训2次。',
].join('\n');

const PROBLEMS = [
  '一是部分村（社区）公开内容更新不够及时；二是政策解读形式较为单一。',
  '下一步，将加强对各村三务公开的督促检查，丰富图解、视频等解读形式，提升依申请公开答复的规范化水平。',
].join('\n');

const OTHER =
  '本年度按照《2024年政务公开工作要点》要求完成各项任务。本机关办理的人大代表建议和政协提案均已按规定公开办理结果。';

export async function seedAnnualReportDemo(deps: Deps): Promise<void> {
  const user = await findUserByUsername(deps.db.kysely, 'clerk');
  const head = await findUserByUsername(deps.db.kysely, 'head');
  const clerkActor = user ? await loadUserActor(deps.db.kysely, user.id) : null;
  const headActor = head ? await loadUserActor(deps.db.kysely, head.id) : null;
  if (!clerkActor || !headActor) throw new Error('demo accounts clerk/head missing');
  const ctx = (actor: NonNullable<typeof clerkActor>): RequestContext => ({
    actor,
    ip: null,
    userAgent: 'demo-seed',
    requestId: 'demo-seed',
  });
  let now = new Date('2025-01-15T02:00:00Z');
  const d: Deps = { ...deps, time: { now: () => now } };
  await saveNarrative(d, ctx(clerkActor), {
    year: 2024,
    overview: OVERVIEW,
    problems: PROBLEMS,
    otherMatters: OTHER,
  });
  await saveReviewCounts(d, ctx(clerkActor), {
    year: 2024,
    counts: {
      review: { upheld: 1, corrected: 0, other: 0, pending: 0 },
      direct: { upheld: 0, corrected: 0, other: 0, pending: 0 },
      after: { upheld: 0, corrected: 0, other: 0, pending: 0 },
    },
  });
  now = new Date('2025-01-20T02:00:00Z');
  await publishReport(d, ctx(headActor), { year: 2024 });
}
