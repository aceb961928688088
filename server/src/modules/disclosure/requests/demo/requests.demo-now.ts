import type { Deps } from '../../../../core/deps.js';
import { today } from '../../../../core/deps.js';
import { loadCalendar } from '../../../calendar/calendar.public.js';
import { demoIsLive, workdaysBefore } from '../../../demo/demo-now.js';
import type { PlanEntry, Step } from './demo-applicants.js';
import { demoPlayer } from './requests.demo.js';

// tenancy: the demo seed runs as the system

/** The four applications carried over from 2024 (结转), answered in January 2025 within their periods. */
const CLOSED_IN_2025: { description: string; steps: Step[] }[] = [
  {
    description: '丰潭村2024年集体经济收益分配方案',
    steps: [{ at: '2025-01-10', do: 'reply', outcome: 'disclosed' }],
  },
  { description: '村里的补贴文件', steps: [{ at: '2025-01-14', do: 'close_correction' }] },
  {
    description: '桥头镇2025年农业产业化项目申报指南',
    steps: [{ at: '2025-01-15', do: 'reply', outcome: 'disclosed' }],
  },
  {
    description: '桥头镇与某物业公司签订的安置小区物业服务合同',
    steps: [
      { at: '2025-01-08', do: 'answer', opinion: 'agree', note: '同意公开合同文本，人员信息除外' },
      { at: '2025-01-20', do: 'reply', outcome: 'disclosed' },
    ],
  },
];

/**
 * Applications received in the weeks before the demo is loaded (政府信息公开条例 art 33: 20 working days
 * to reply): one just in, one due in a few days, one answered, one a working day past its period.
 */
function currentPlan(received: (n: number) => string): PlanEntry[] {
  const citizen = (name: string, id17: string, phone: string) => ({
    kind: 'natural_person' as const,
    name,
    id17,
    phone,
  });
  return [
    {
      who: citizen('钱永康', '33028219700312011', '13957421011'),
      channel: 'in_person',
      received: received(2),
      description: '本人所在五丰村今年的土地流转费发放明细',
      steps: [],
    },
    {
      who: citizen('孙丽萍', '33028219850607012', '13957421012'),
      channel: 'online',
      received: received(17),
      description: '桥头镇今年农村危房改造补助对象名单及补助标准',
      steps: [{ at: received(16), do: 'accept' }],
    },
    {
      who: citizen('吴海峰', '33028219790921013', '13957421013'),
      channel: 'in_person',
      received: received(12),
      description: '桥头镇今年村庄规划调整方案',
      steps: [{ at: received(5), do: 'reply', outcome: 'disclosed' }],
    },
    {
      who: citizen('郑晓东', '33028219920115014', '13957421014'),
      channel: 'in_person',
      received: received(21),
      description: '上林湖村今年集体资产出租情况',
      steps: [],
    },
  ];
}

/** Closes the applications carried over from 2024 and receives the current ones, through the real services. */
export async function seedRequestsNow(deps: Deps): Promise<void> {
  const day = today(deps);
  if (!demoIsLive(day)) return;
  const q = deps.db.kysely;
  const cal = await loadCalendar(q);
  const { receive, play } = await demoPlayer(deps);
  for (const c of CLOSED_IN_2025) {
    const row = await q
      .selectFrom('disclosureRequests')
      .select('id')
      .where('description', '=', c.description)
      .executeTakeFirst();
    if (!row) continue;
    for (const s of c.steps) await play(row.id, s);
  }
  for (const e of currentPlan((n) => workdaysBefore(cal, day, n))) {
    const id = await receive(e);
    for (const s of e.steps) await play(id, s);
  }
}
