import type { FastifyReply } from 'fastify';
import { sql } from 'kysely';
import type { RequestContext } from '../../core/authz/actor.js';
import { authorize } from '../../core/authz/authorize.js';
import { scoped } from '../../core/authz/scope.js';
import { today, type Deps } from '../../core/deps.js';
import { sendTracedXlsx } from '../../core/documents/export-trace.js';
import { inPages } from '../../core/documents/row-pages.js';
import { loadCalendar } from '../calendar/calendar.public.js';
import { pageTown } from '../orgs/orgs.public.js';
import { disputeQuery, presentDispute, type DisputeFilter } from './dispute-read.service.js';
import { CHANNELS, SOURCE_OF, SOURCES, type Channel, type Source } from './disputes.vocabulary.js';

// tenancy: counts and the ledger read through scoped()

const AGREED = ['written', 'oral'] as const;

interface Indicator {
  key: string;
  label: string;
  numerator: number;
  /** null for a plain count. */
  denominator: number | null;
  /** numerator ÷ denominator in per cent, one decimal; null for a count or an empty denominator. */
  percent: number | null;
  definition: string;
  asOf: string;
}

const percent = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

/**
 * The 2024 report's dispute indicators, each counted from the records as numerator / denominator with
 * its definition and as-of date (the definitions are the town's reading, [U] in the domain notes §4.6),
 * and the four sources (四源) by month.
 */
export async function disputeStats(
  deps: Deps,
  ctx: RequestContext,
  f: { year: number; asOf?: string | undefined; orgId?: string | undefined },
) {
  const actor = authorize(ctx, 'disputes.read');
  const q = deps.db.kysely;
  const town = await pageTown(q, actor, f.orgId, '纠纷统计按乡镇编制');
  const day = today(deps);
  const end = `${f.year}-12-31`;
  const asOf = f.asOf ?? (day < end ? day : end);
  const from = `${f.year}-01-01`;
  const mine = () => scoped(q, actor).selectFrom('disputes').where('townId', '=', town.id);
  const received = () => mine().where('receivedOn', '>=', from).where('receivedOn', '<=', asOf);
  const concluded = () => mine().where('concludedOn', '>=', from).where('concludedOn', '<=', asOf);
  const count = async (b: ReturnType<typeof mine>) =>
    Number((await b.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n);
  const of = (
    key: string,
    label: string,
    numerator: number,
    denominator: number | null,
    definition: string,
  ): Indicator => ({
    key,
    label,
    numerator,
    denominator,
    percent: denominator === null ? null : percent(numerator, denominator),
    definition,
    asOf,
  });

  const police = received().where('channel', '=', 'police110');
  const court = concluded().where('channel', '=', 'court');
  const timed = concluded().where('dueOn', 'is not', null);
  const indicators = [
    of(
      'townShare',
      '非警务纠纷镇级化解占比',
      await count(police.where('outcome', 'in', AGREED)),
      await count(police),
      '110分流至本镇的非警务纠纷中，经本镇各级调解组织调解达成协议（书面或口头）的件数 ÷ 当年受理的110非警务纠纷件数',
    ),
    of(
      'onTime',
      '案件及时办结率',
      await count(timed.whereRef('concludedOn', '<=', 'dueOn')),
      await count(timed),
      '当年办结且有调解期限的纠纷中，在期限（含经双方同意延长的期限）内办结的件数 ÷ 当年办结件数',
    ),
    of(
      'closure',
      '关闭率',
      await count(received().where('status', '=', 'closed')),
      await count(received().where('status', 'in', ['concluded', 'closed'])),
      '当年受理且已办结的纠纷中，完成回访评价（关闭）的件数 ÷ 已办结件数（办结与关闭是两个环节）',
    ),
    of(
      'agreements',
      '调解成功数',
      await count(concluded().where('outcome', 'in', AGREED)),
      null,
      '当年办结的纠纷中达成调解协议（书面调解协议书或口头协议）的件数',
    ),
    of(
      'precourtSuccess',
      '诉前调解成功率',
      await count(court.where('outcome', 'in', AGREED)),
      await count(court),
      '法院委派的诉前调解中，达成调解协议的件数 ÷ 当年调解终结（成功、不成或当事人拒绝）的件数',
    ),
  ];

  const byMonth = await received()
    .select([
      'channel',
      sql<string>`substr(cast(received_on as text), 6, 2)`.as('month'),
      sql<number>`count(*)`.as('n'),
    ])
    .groupBy(['channel', sql`substr(cast(received_on as text), 6, 2)`])
    .execute();
  const months = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));
  const sources = (Object.keys(SOURCES) as Source[]).map((source) => ({
    source,
    label: SOURCES[source],
    channels: (Object.keys(CHANNELS) as Channel[]).filter((c) => SOURCE_OF[c] === source),
    byMonth: months.map((m) =>
      byMonth
        .filter((r) => r.month === m && SOURCE_OF[r.channel] === source)
        .reduce((s, r) => s + Number(r.n), 0),
    ),
  }));
  return {
    year: f.year,
    town: town.name,
    asOf,
    indicators,
    sources,
    sourcesDefinition:
      '四源按受理渠道归类：警源＝110非警务警情；诉源＝法院委派、浙江解纷码/ODR；访源＝信访（来信、来访、网上）和12345；险源＝网格员上报、村调委会排查移送（本镇口径）',
  };
}

type Row = ReturnType<typeof presentDispute> & { partyNames: string };

/** 调解台账: the dispute list with its filters, as XLSX; taking it out of the system is traced. */
export async function sendDisputeLedger(
  deps: Deps,
  ctx: RequestContext,
  reply: FastifyReply,
  f: DisputeFilter,
) {
  const actor = authorize(ctx, 'disputes.read');
  const q = deps.db.kysely;
  const day = today(deps);
  const above = actor.townId === null;
  const cal = await loadCalendar(q);
  const base = disputeQuery(q, actor, f)
    .orderBy('disputes.receivedOn', 'desc')
    .orderBy('disputes.id', 'desc');
  return sendTracedXlsx<Row>(
    deps,
    ctx,
    reply,
    {
      filename: `调解台账-${day}.xlsx`,
      sheetName: '调解台账',
      rows: inPages(async (offset, limit) => {
        const rows = await base.limit(limit).offset(offset).execute();
        const parties = rows.length
          ? await q
              .selectFrom('disputeParties')
              .select(['disputeId', 'name'])
              .where(
                'disputeId',
                'in',
                rows.map((r) => r.id),
              )
              .orderBy('position')
              .execute()
          : [];
        return rows.map((r) => ({
          // The ledger lists the due date, not the clocks.
          ...presentDispute(r, new Map(), cal),
          partyNames: parties
            .filter((p) => p.disputeId === r.id)
            .map((p) => (above ? `${p.name.slice(0, 1)}**` : p.name))
            .join('、'),
        }));
      }),
      columns: [
        { header: '纠纷编码', key: 'code', width: 20 },
        { header: '受理日期', key: 'receivedOn', width: 12 },
        { header: '受理渠道', key: 'channelLabel', width: 20 },
        { header: '纠纷类型', key: 'categoryLabel', width: 12 },
        { header: '纠纷事项', key: 'title', width: 30 },
        { header: '当事人', key: 'partyNames', width: 24 },
        { header: '承办调解组织', key: 'handlerName', width: 24 },
        { header: '调解员', key: 'mediatorName', width: 12 },
        { header: '状态', key: 'statusLabel', width: 14 },
        { header: '调解期限', key: 'dueOn', width: 12 },
        { header: '办结日期', key: 'concludedOn', width: 12 },
        { header: '调解结果', key: 'outcomeLabel', width: 20 },
        { header: '司法确认申请日期', key: 'confirmationAppliedOn', width: 14 },
        { header: '回访评价', key: 'rating', width: 10 },
      ],
    },
    { action: 'disputes.dispute.ledger_exported', what: '调解台账', filter: f },
  );
}
