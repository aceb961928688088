import {
  type ContractDoc,
  amountOf,
  clauseWith,
  isCollective,
  isLandTransfer,
  isLease,
  looksComplete,
} from './contract-context.js';
import type { ContractFields } from './fields.js';
import type { Finding, Rule } from './types.js';

type R = Rule<ContractFields>;

const DISPOSAL = /出租|租赁|转让|出售|发包|承包|出借|入股|抵押|处置|合作经营/;
const VOTED =
  /(?:村民会议|村民代表会议|成员(?:代表)?大会|股东(?:代表)?大会|社员(?:代表)?大会)[^。；]{0,30}(?:通过|同意|决议|表决|决定)/;
const AUTO_RENEWAL = /(?:期满|到期|届满)[^。；]{0,12}自动(?:续期|续租|续约|顺延|延长|延续)/;

/** 浙江集体资产条例 art 17: major asset matters need ⅔ of the members entitled to attend; 组织法 art 24(8). */
function noVote(d: ContractDoc): Finding[] {
  if (!isCollective(d) || !DISPOSAL.test(d.norm)) return [];
  const f = d.fields;
  const out: Finding[] = [];
  if (f.votesFor !== undefined && f.membersEntitled !== undefined) {
    if (f.votesFor * 3 < f.membersEntitled * 2) {
      out.push({
        suggestion: `同意${f.votesFor}人，不足应到${f.membersEntitled}人的三分之二。应当提交成员大会（或者经授权的成员代表大会）重新表决，应到成员三分之二以上通过后方可签订`,
      });
    }
  } else if (looksComplete(d) && !VOTED.test(d.norm)) {
    out.push({
      severity: 'medium',
      title: '未见集体资产处置的民主决策',
      suggestion:
        '合同和送审材料中未见村民会议或者成员（代表）大会的表决记录。请补充表决决议，写明应到、实到和同意人数（应到成员三分之二以上通过）',
    });
  }
  const renewal = clauseWith(d, AUTO_RENEWAL);
  if (renewal) {
    out.push({
      clause: renewal,
      severity: 'medium',
      title: '集体资产合同约定期满自动续期',
      suggestion: '删除自动续期约定；期满续租、续包应当重新履行民主决策和公开交易程序',
    });
  }
  return out;
}

const NO_VALUATION = /(?:无需|不需|不进行|免于|不经|不作|不再)[^。；]{0,4}评估/;
const NEEDS_VALUATION = /转让|出售|入股|合资|合作经营/;
const PRIVATE_DEAL = /协议(?:转让|出租|发包)|直接(?:发包|出租|转让)|私下/;

/** 浙江集体资产条例 arts 20, 35–37: valuation, ≥15 days' publication, trading on the rural property exchange. */
function noValuationOrTrading(d: ContractDoc): Finding[] {
  if (!isCollective(d)) return [];
  const f = d.fields;
  const out: Finding[] = [];
  const skip = clauseWith(d, NO_VALUATION);
  const transfer = f.contractType === 'asset_transfer' || NEEDS_VALUATION.test(d.norm);
  if (skip || (f.valuationDone === false && transfer)) {
    out.push({
      clause: skip,
      title: '依法应当评估而未评估',
      basis: '《浙江省农村集体资产管理条例》第三十六条、第三十七条',
      suggestion:
        '以入股、合资、合作方式经营或者转让农村集体资产的，应当委托有资质的评估机构评估（评估机构经应到成员三分之二以上通过确定），评估结果公示不少于十五日',
    });
  }
  const amount = amountOf(d);
  const over = amount !== null && amount.yuan >= d.thresholds.openTradingThresholdYuan;
  if (over && f.openTrading === false) {
    out.push({
      clause: amount.clause,
      title: '达到标的额未进入农村产权交易市场',
      basis: '《浙江省农村集体资产管理条例》第三十五条',
      suggestion: `标的额${amount.yuan}元，达到进场交易标准（${d.thresholds.openTradingThresholdYuan}元），应当进入农村产权交易市场公开交易`,
    });
  } else if (over && f.openTrading === undefined && PRIVATE_DEAL.test(d.norm)) {
    out.push({
      clause: clauseWith(d, PRIVATE_DEAL),
      severity: 'low',
      title: '协议方式处置集体资产，请核实是否应当进场交易',
      basis: '《浙江省农村集体资产管理条例》第三十五条',
      suggestion:
        '请核实标的额是否达到县级人民政府确定的进场交易标准；达到的，应当进入农村产权交易市场公开交易',
    });
  }
  if (f.publicNoticeDays !== undefined && f.publicNoticeDays < 15) {
    out.push({
      title: '公示时间不足十五日',
      basis: '《浙江省农村集体资产管理条例》第二十条、第三十七条第三款',
      suggestion: `方案或者评估结果仅公示${f.publicNoticeDays}日，应当不少于十五日`,
    });
  }
  return out;
}

const GUARANTEE_WITH_ASSETS =
  /(?:以|用)[^。；]{0,8}(?:集体|村)[^。；]{0,12}(?:资产|财产|土地|厂房|房屋|资金)[^。；]{0,10}(?:担保|抵押|质押)/;
const GUARANTEE_BY_PARTY =
  /(?:村|甲方|集体经济组织|经济合作社)[^。；]{0,10}(?:为|对)[^。；]{0,20}(?:债务|借款|贷款|融资)[^。；]{0,10}(?:提供[^。；]{0,4}(?:担保|抵押|质押)|承担(?:连带)?(?:保证|担保)责任)/;

/** 集体经济组织法 art 35 para 2 items (3) and (6), art 58: no guarantees with collective assets, no below-value deals. */
function guaranteeOrBelowValue(d: ContractDoc): Finding[] {
  const out: Finding[] = [];
  const collective = isCollective(d);
  const g = clauseWith(
    d,
    /担保|抵押|质押/,
    (c) =>
      (GUARANTEE_WITH_ASSETS.test(c.norm) || (collective && GUARANTEE_BY_PARTY.test(c.norm))) &&
      !/不得|禁止|严禁|不准/.test(c.norm),
  );
  if (g)
    out.push({
      clause: g,
      title: '以集体资产为他人债务提供担保',
      basis:
        '《农村集体经济组织法》第三十五条第二款第（三）项、第五十八条第二款；《浙江省农村集体资产管理条例》第十六条第一款',
    });
  const f = d.fields;
  const amount = amountOf(d);
  if (
    collective &&
    f.valuationYuan !== undefined &&
    amount &&
    amount.yuan < f.valuationYuan &&
    (isLease(d) || isLandTransfer(d) || f.contractType === 'asset_transfer')
  ) {
    out.push({
      clause: amount.clause,
      title: '低于评估价转让、租赁集体资产',
      basis: '《农村集体经济组织法》第三十五条第二款第（六）项',
      suggestion: `合同金额${amount.yuan}元低于评估价${f.valuationYuan}元。应当说明理由并经民主决策，或者按不低于评估价重新交易`,
    });
  }
  return out;
}

export const CONTRACT_COLLECTIVE_RULES: readonly R[] = [
  {
    id: 'C7',
    kind: 'contract',
    title: '处分集体资产未经法定民主表决',
    severity: 'high',
    basis:
      '《浙江省农村集体资产管理条例》第十七条；《村民委员会组织法》第二十四条第一款第（八）项；《土地管理法》第六十三条第二款',
    suggestion:
      '以出租、转让、发包等方式处分集体资产，应当经成员大会（或者经授权的成员代表大会）应到成员三分之二以上通过；集体经营性建设用地出让、出租须经村民会议三分之二以上成员或者三分之二以上村民代表同意',
    check: noVote,
  },
  {
    id: 'C8',
    kind: 'contract',
    title: '未评估、未公示或者未公开交易',
    severity: 'medium',
    basis: '《浙江省农村集体资产管理条例》第二十条、第三十五条、第三十六条、第三十七条',
    suggestion:
      '依法评估并公示不少于十五日；达到县级人民政府确定标的额的，进入农村产权交易市场公开交易',
    check: noValuationOrTrading,
  },
  {
    id: 'C9',
    kind: 'contract',
    title: '集体资产担保或者低价处置',
    severity: 'high',
    basis:
      '《农村集体经济组织法》第三十五条第二款、第五十八条第二款；《浙江省农村集体资产管理条例》第十六条',
    suggestion: '删除以集体资产提供担保的条款（该担保无效）；不得低价转让、租赁集体资产',
    check: guaranteeOrBelowValue,
  },
];
