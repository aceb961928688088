import {
  type ContractDoc,
  clauseWith,
  endOf,
  isCollective,
  isLandTransfer,
  isLease,
  termOf,
} from './contract-context.js';
import type { ContractFields } from './fields.js';
import { NUM, parseNumber } from './numerals.js';
import { autoRenewalIn, longerThanYears } from './terms.js';
import type { Finding, Rule } from './types.js';

type R = Rule<ContractFields>;

const RENEWAL_CLAUSE = /(?:期满|到期|届满)[^。；]{0,12}自动(?:续期|续租|续约|顺延|延长|延续)/;

/** 民法典 art 705: the part of a lease beyond 20 years is void, renewals included in the count here. */
function leaseOver20(d: ContractDoc): Finding[] {
  if (!isLease(d)) return [];
  const t = termOf(d);
  const renewal = d.fields.autoRenewalYears ?? autoRenewalIn(d.norm)?.years ?? 0;
  if (!t) return [];
  const over =
    t.start && t.end && !renewal ? longerThanYears(t.start, t.end, 20) : t.years + renewal > 20;
  if (!over) return [];
  const total = renewal
    ? `租期${t.years}年，另约定自动续期${renewal}年，合计${t.years + renewal}年`
    : `租期约${t.years}年`;
  return [
    {
      clause: t.clause ?? clauseWith(d, RENEWAL_CLAUSE),
      suggestion: `${total}，超过二十年的部分无效。应将租赁期限改为不超过二十年；期满需继续出租的，另行依法续订（续订期限自续订之日起不超过二十年）`,
    },
  ];
}

/** 民法典 art 707: a lease of six months or more must be written, else it is a lease of indefinite term. */
function unwrittenLease(d: ContractDoc): Finding[] {
  if (!isLease(d)) return [];
  const oral = clauseWith(d, /口头(?:约定|协议|租赁)/);
  if (d.fields.written === false || oral) {
    const t = termOf(d);
    if (t && t.years < 0.5) return [];
    return [{ clause: oral }];
  }
  return [];
}

/** 承包法 art 38(3): a transfer may not outlast the remaining contract term. */
function beyondContractTerm(d: ContractDoc): Finding[] {
  if (!isLandTransfer(d)) return [];
  const t = termOf(d);
  const end = d.fields.endDate ?? endOf(t);
  if (!end) return [];
  const landEnd = d.fields.landContractEndDate;
  if (landEnd) {
    return end > landEnd
      ? [
          {
            clause: t?.clause,
            suggestion: `流转期限至${end}，超过承包期届满日${landEnd}。应将流转期限截至承包期届满之日，延包后另行约定`,
          },
        ]
      : [];
  }
  if (Number(end.slice(0, 4)) > d.thresholds.landContractEndYear) {
    return [
      {
        clause: t?.clause,
        severity: 'medium',
        title: '流转期限可能超过承包期剩余期限',
        suggestion: `流转期限至${end}，超过第二轮承包期推定届满年份（${d.thresholds.landContractEndYear}年）。请核实出让方承包期届满日期和延包确认材料；未延包确认的，流转期限截至承包期届满之日`,
      },
    ];
  }
  return [];
}

const PREPAID = new RegExp(
  `一次性[^。；]{0,8}(?:支付|付清|缴清|交清|缴纳|收取|预付|预收)[^。；]{0,12}?(?:(${NUM})\\s{0,4}年|全部|全额|整个|租期内)?[^。；]{0,8}(?:租金|承包费|流转费|价款|使用费)`,
);
const BUY_BACK =
  /(?:期满|到期|终止|解除)[^。；]{0,20}(?:甲方|村|发包方|出租方|集体)[^。；]{0,10}(?:收购|回购|补偿|按[^。；]{0,6}价[^。；]{0,4}收)[^。；]{0,12}(?:投资|建筑物|构筑物|设施|厂房|附属物|地上物)/;

/** C18: long collective contracts, rent prepaid past the committee's term, buy-back at expiry. */
function longTermBurden(d: ContractDoc): Finding[] {
  if (!isCollective(d)) return [];
  const out: Finding[] = [];
  const t = termOf(d);
  const c1 = isLease(d) && t && t.years > 20;
  if (t && !c1 && t.years >= d.thresholds.longTermAttentionYears) {
    out.push({
      clause: t.clause,
      suggestion: `合同期限${t.years}年，属长期合同，请核实是否经民主决策、租金是否有递增调整机制`,
    });
  }
  const committee = d.thresholds.committeeTermYears;
  for (const c of PREPAID.test(d.norm) ? d.clauses : []) {
    const m = PREPAID.exec(c.norm);
    if (!m) continue;
    const years = d.fields.prepaidYears ?? (m[1] ? parseNumber(m[1]) : (t?.years ?? null));
    if (years !== null && years > committee) {
      out.push({
        clause: c,
        severity: 'medium',
        title: '一次性收取超过村委会任期的租金',
        suggestion: `一次性收取${years}年租金，超过村民委员会任期（${committee}年），应改为按年或者分期收取`,
      });
    }
  }
  if (
    d.fields.prepaidYears !== undefined &&
    d.fields.prepaidYears > committee &&
    !out.some((f) => f.title)
  ) {
    out.push({
      severity: 'medium',
      title: '一次性收取超过村委会任期的租金',
      suggestion: `一次性收取${d.fields.prepaidYears}年租金，超过村民委员会任期（${committee}年），应改为按年或者分期收取`,
    });
  }
  const buyBack = clauseWith(d, BUY_BACK);
  if (buyBack)
    out.push({
      clause: buyBack,
      severity: 'medium',
      title: '期满由村集体收购、补偿对方投资',
      suggestion:
        '删除期满由村集体收购或者补偿对方投资的约定，改为"期满后地上建筑物、设施由乙方自行拆除或者无偿归甲方所有"，或者另行经民主决策确定',
    });
  return out;
}

export const CONTRACT_TERM_RULES: readonly R[] = [
  {
    id: 'C1',
    kind: 'contract',
    title: '租赁期限超过二十年',
    severity: 'high',
    basis: '《民法典》第七百零五条',
    suggestion:
      '租赁期限不得超过二十年，超过部分无效；期满可以续订，续订期限自续订之日起不超过二十年',
    check: leaseOver20,
  },
  {
    id: 'C2',
    kind: 'contract',
    title: '六个月以上租赁未采用书面形式',
    severity: 'medium',
    basis: '《民法典》第七百零七条',
    suggestion:
      '租赁期限六个月以上的，应当签订书面合同；未采用书面形式、无法确定租期的，视为不定期租赁',
    check: unwrittenLease,
  },
  {
    id: 'C3',
    kind: 'contract',
    title: '流转期限超过承包期剩余期限',
    severity: 'high',
    basis: '《农村土地承包法》第三十八条第（三）项',
    suggestion: '流转期限不得超过承包期的剩余期限',
    check: beyondContractTerm,
  },
  {
    id: 'C18',
    kind: 'contract',
    title: '长期合同、"寅吃卯粮"条款',
    severity: 'low',
    basis: '合同清理审查实践；《村民委员会组织法》第十一条第二款（村民委员会每届任期五年）',
    suggestion:
      '长期合同应当约定租金递增或者定期调整；租金按年收取，不得一次性收取超过村委会任期的租金；不得约定期满由集体收购对方投资',
    check: longTermBurden,
  },
  {
    id: 'C19',
    kind: 'contract',
    title: '以登记备案作为租赁合同生效条件',
    severity: 'low',
    basis: '《民法典》第七百零六条',
    suggestion:
      '未办理租赁登记备案不影响合同效力；如双方确需以备案为生效条件，应当明确约定并按期办理，否则建议删除',
    match: {
      all: [
        /(?:未|不)[^。；]{0,6}(?:登记|备案)[^。；]{0,10}(?:无效|不生效|不发生效力)|(?:登记|备案)(?:后|之日起)[^。；]{0,4}生效/,
      ],
    },
  },
];
