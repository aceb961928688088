import {
  type ContractDoc,
  amountOf,
  clauseWith,
  isAdministrative,
  isLandTransfer,
  looksComplete,
} from './contract-context.js';
import type { ContractFields } from './fields.js';
import { amountsIn, percentsIn } from './numerals.js';
import type { Clause, Finding, Rule } from './types.js';

type R = Rule<ContractFields>;

const round = (n: number) => Math.round(n * 100) / 100;

/** The liquidated damages: a percentage of the price or an amount, from the fields or the clause that sets them. */
function damagesOf(d: ContractDoc): { percent?: number; yuan?: number; clause?: Clause } | null {
  const f = d.fields;
  const c = clauseWith(
    d,
    /违约金/,
    (x) =>
      (percentsIn(x.norm).length > 0 || amountsIn(x.norm).length > 0) &&
      !/每日|每天|按日|日万分之|日千分之/.test(x.norm),
  );
  const percent = f.liquidatedDamagesPercent ?? (c ? percentsIn(c.norm)[0] : undefined);
  const yuan =
    f.liquidatedDamagesYuan ?? (c && percent === undefined ? amountsIn(c.norm)[0] : undefined);
  if (percent === undefined && yuan === undefined) return null;
  return { percent, yuan, clause: c };
}

/** 民法典 arts 585–586: damages far above the loss may be reduced; a deposit above 20 % has no effect beyond it. */
function excessiveDamages(d: ContractDoc): Finding[] {
  const out: Finding[] = [];
  const amount = amountOf(d)?.yuan;
  const ld = damagesOf(d);
  if (ld) {
    const ldYuan =
      ld.yuan ??
      (ld.percent !== undefined && amount !== undefined ? (amount * ld.percent) / 100 : undefined);
    const loss = d.fields.estimatedLossYuan;
    const ratio = d.thresholds.liquidatedDamagesLossRatio;
    if (ldYuan !== undefined && loss !== undefined && ldYuan > loss * ratio) {
      out.push({
        clause: ld.clause,
        suggestion: `违约金约${round(ldYuan)}元，超过预计损失${loss}元的${ratio}倍，对方可请求人民法院或者仲裁机构适当减少。建议按实际损失合理确定违约金`,
      });
    } else if (
      loss === undefined &&
      ld.percent !== undefined &&
      ld.percent >= d.thresholds.liquidatedDamagesPercentAlert
    ) {
      // At or above the alert line the damages likely exceed any loss by far more than 30 %: revise, not just note.
      out.push({
        clause: ld.clause,
        title: '违约金比例偏高',
        suggestion: `违约金为合同金额的${ld.percent}%，请估算违约可能造成的损失；超过损失百分之三十的部分可能被调减`,
      });
    }
  }
  const depositClause = clauseWith(d, /定金/, (c) => !/订金/.test(c.norm));
  const depositPercent =
    d.fields.depositPercent ?? (depositClause ? percentsIn(depositClause.norm)[0] : undefined);
  const depositYuan =
    d.fields.depositYuan ??
    (depositClause && depositPercent === undefined ? amountsIn(depositClause.norm)[0] : undefined);
  const share =
    depositPercent ??
    (depositYuan !== undefined && amount ? (depositYuan / amount) * 100 : undefined);
  if (share !== undefined && share > 20) {
    out.push({
      clause: depositClause,
      severity: 'high',
      title: '定金超过主合同标的额的百分之二十',
      basis: '《民法典》第五百八十六条第二款',
      suggestion: `定金约为合同金额的${round(share)}%，超过百分之二十的部分不产生定金效力。应将定金调整为不超过合同金额的百分之二十`,
    });
  }
  return out;
}

const ARBITRATION = /仲裁/;
const COURT =
  /(?:人民法院|法院)[^。；]{0,6}(?:起诉|诉讼)|(?:起诉|诉讼)[^。；]{0,8}(?:人民法院|法院)/;
const DISPUTE = /争议|纠纷/;
/**
 * A party gives up going to court or to arbitration, or the other party's word is final: what the
 * clause does to the right to a remedy, however the dispute is named.
 */
const WAIVES_REMEDY =
  /(?:放弃|不得行使|无权(?:提起|提出|申请)?)[^。；]{0,6}(?:一切|任何|全部)?[^。；]{0,4}(?:诉讼|起诉|仲裁|申诉|复议)(?:的)?(?:权利|权)?|(?:不得|无权|不能)[^。；]{0,6}(?:向[^。；]{0,10})?(?:提起诉讼|起诉|申请仲裁)|由甲方(?:作出)?(?:最终|最后)(?:决定|裁决|解释|认定)|以甲方(?:的)?(?:决定|意见|解释|认定)为(?:最终|准)/;

/** A land contracting or transfer contract: its disputes are 土地承包经营纠纷. */
const isLandContract = (d: ContractDoc) =>
  isLandTransfer(d) ||
  d.fields.contractType === 'land_contracting' ||
  /土地承包经营|承包土地|土地经营权/.test(d.norm);

/**
 * 承包法 art 55: in land-contract disputes the law itself lets a party apply for arbitration or go
 * straight to court. A clause restating that choice is lawful, not a void "arbitration or court".
 */
const statutoryChoice = (d: ContractDoc, c: Clause) =>
  isLandContract(d) && /也可以|或者|或/.test(c.norm);

/** 民法典 art 470(8) and the SPC rules on administrative agreements (art 26): how disputes are resolved. */
function disputeResolution(d: ContractDoc): Finding[] {
  const out: Finding[] = [];
  const waiver = clauseWith(d, WAIVES_REMEDY);
  if (waiver) {
    out.push({
      clause: waiver,
      severity: 'high',
      title: '排除一方起诉、仲裁等救济权利',
      basis: '《民法典》第四百九十七条第（三）项',
      suggestion:
        '删除放弃诉讼权利或者由一方作出最终决定的约定；争议应当协商解决，协商不成的，约定向人民法院起诉或者明确约定一个仲裁委员会',
    });
  }
  const arb = clauseWith(d, ARBITRATION, (c) => !/不适用仲裁|不得(?:申请)?仲裁/.test(c.norm));
  if (arb && isAdministrative(d)) {
    out.push({
      clause: arb,
      severity: 'high',
      title: '行政协议约定仲裁',
      basis: '《最高人民法院关于审理行政协议案件若干问题的规定》第二十六条',
      suggestion:
        '行政协议约定仲裁条款的，该条款无效（法律、行政法规或者我国缔结、参加的国际条约另有规定的除外）。删除仲裁条款，改为"因本协议发生争议的，依法申请行政复议或者提起行政诉讼"',
    });
  } else if (
    arb &&
    COURT.test(arb.norm) &&
    !/(?:土地承包|劳动(?:争议)?|人事争议)仲裁/.test(arb.norm) &&
    !statutoryChoice(d, arb)
  ) {
    out.push({
      clause: arb,
      title: '同时约定仲裁和诉讼',
      basis: '《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》第七条',
      suggestion:
        '既约定仲裁又约定向法院起诉的，仲裁协议无效。应当选择其一：或者明确约定仲裁委员会，或者约定向有管辖权的人民法院起诉',
    });
  }
  if (
    !waiver &&
    looksComplete(d) &&
    !clauseWith(
      d,
      DISPUTE,
      (c) => ARBITRATION.test(c.norm) || COURT.test(c.norm) || /协商|调解|复议/.test(c.norm),
    )
  ) {
    out.push({ title: '未约定争议解决方式' });
  }
  return out;
}

/** The SPC rules on administrative agreements (arts 1–2): expropriation compensation, concessions and PPP are 行政协议. */
function wrongForm(d: ContractDoc): Finding[] {
  if (d.fields.isAdministrativeAgreement !== undefined) return [];
  const c = clauseWith(d, /征收[^。；]{0,6}补偿|房屋征收|拆迁补偿|特许经营|政府和社会资本合作|PPP/);
  return c && !/行政协议/.test(d.norm) ? [{ clause: c }] : [];
}

const EXCLUSION =
  /概不负责|一概不负责|不承担任何(?:法律|赔偿)?责任|免除[^。；]{0,8}(?:全部|一切)[^。；]{0,4}责任|一切(?:后果|责任|损失)[^。；]{0,8}由乙方[^。；]{0,4}(?:自行)?(?:承担|负责)|(?:伤亡|人身|安全事故)[^。；]{0,16}(?:与甲方无关|甲方不负|甲方不承担)/;

/**
 * One party may change the service, price or terms at will while the other may not object (民法典
 * arts 497(2), 543: a change needs agreement; a clause restricting the other's main rights is void).
 */
const UNILATERAL_CHANGE =
  /(?:甲方|出租方|发包方|委托方)[^。；，]{0,4}(?:随时|单方(?:面)?|视情况|根据需要)[^。；]{0,12}(?:调整|变更|更改|改变|增加|减少|终止)[^。；]{0,20}(?:乙方[^。；]{0,4}(?:不得|无权|不能)[^。；]{0,4}(?:提出)?(?:异议|拒绝|反对)|乙方应当?无条件|无需(?:征得|经)?乙方同意|不另行通知)/;

/** 民法典 art 506: exclusion of liability for personal injury or for wilful or grossly negligent damage is void. */
const exclusionMatch = [
  { all: [EXCLUSION], none: [/不可抗力|法律另有规定|不得/] },
  { all: [UNILATERAL_CHANGE], none: [/协商一致|双方协商|书面同意/] },
];

const OFFICE_AS_PARTY =
  /(?:甲方|乙方|发包方|发包人|出租方|出租人|委托方|委托人|采购人)[:\s]{0,3}[^。；\n]{0,12}镇[^。；\n]{0,12}(?:办公室|办|中心|站|所)(?!事处)(?![^。；\n]{0,6}人民政府)/;
/**
 * Township public institutions (事业单位) are legal persons of their own once registered (民法典 art 88)
 * and sign in their own name: 卫生院, 卫生服务中心, 文化站, schools, 农技站 …
 */
/** The town government is the party; an office named after it only handles or seals for it: "桥头镇人民政府（党政办代章）". */
const GOVERNMENT_ITSELF = /人民政府\s*(?:$|[（(]|[,，、]|经办|承办|代章|委托)/;
const PUBLIC_INSTITUTION =
  /卫生院|卫生服务中心|卫生服务站|文化站|文化中心|文体中心|学校|小学|中学|幼儿园|中心校|成技校|农业技术推广|农技|水利站|水务站|兽医站|畜牧兽医|广播电视站|林业站|事业单位/;
const COMMITTEE_AS_LESSOR =
  /(?:甲方|发包方|发包人|出租方|出租人|转让方)[:\s]{0,3}[^。；\n]{0,12}村民委员会/;

/** The party's name as written: from 甲方/乙方… to the end of its line (at most 40 characters). */
const partyName = (c: Clause) => {
  const m = OFFICE_AS_PARTY.exec(c.norm);
  return m ? c.norm.slice(m.index, m.index + 40).split('\n')[0]! : '';
};

/** 民法典 art 97: an internal office of the town is no 机关法人; arts 99, 101: the collective economic organisation contracts for collective assets. */
function partyCapacity(d: ContractDoc): Finding[] {
  const out: Finding[] = [];
  const office = clauseWith(
    d,
    OFFICE_AS_PARTY,
    (c) => !PUBLIC_INSTITUTION.test(partyName(c)) && !GOVERNMENT_ITSELF.test(partyName(c)),
  );
  if (office) {
    out.push({
      clause: office,
      title: '镇内设机构作为合同当事人',
      basis: '《民法典》第九十七条',
      suggestion:
        '镇内设机构不是机关法人，合同应当以镇人民政府名义签订；镇属事业单位依法登记为事业单位法人的，以自己的名义签订（《民法典》第八十八条），请核对其法人登记',
    });
  }
  const committee = clauseWith(d, COMMITTEE_AS_LESSOR);
  if (
    committee &&
    /集体资产|集体土地|村集体|厂房|承包地|经营性建设用地/.test(d.norm) &&
    !/股份经济合作社|经济合作社/.test(d.norm)
  ) {
    out.push({
      clause: committee,
      severity: 'low',
      title: '由村民委员会处分集体资产',
      basis: '《民法典》第九十九条、第一百零一条',
      suggestion:
        '村集体资产应当由村股份经济合作社（集体经济组织）作为合同当事人；未设立集体经济组织的，村民委员会方可代行其职能，请核实',
    });
  }
  return out;
}

/** 民法典 art 490: a contract in writing is formed when all parties sign, seal or fingerprint it. */
function signatures(d: ContractDoc): Finding[] {
  if (!looksComplete(d)) return [];
  return /签字|签名|签章|盖章|[(（]章[)）]|公章|印章|按手印|捺印|指印|签署/.test(d.norm)
    ? []
    : [{}];
}

export const CONTRACT_CLAUSE_RULES: readonly R[] = [
  {
    id: 'C10',
    kind: 'contract',
    title: '违约金过高或者定金超过百分之二十',
    severity: 'medium',
    basis: '《民法典》第五百八十五条、第五百八十六条',
    suggestion: '违约金以弥补实际损失为原则合理确定；定金不得超过主合同标的额的百分之二十',
    check: excessiveDamages,
  },
  {
    id: 'C11',
    kind: 'contract',
    title: '不合理的免责或者单方变更条款',
    severity: 'medium',
    basis: '《民法典》第四百九十七条、第五百零六条、第五百四十三条',
    suggestion:
      '删除"概不负责""一切后果由乙方承担"和一方可随时变更、对方不得异议等表述；造成对方人身损害或者因故意、重大过失造成对方财产损失的免责条款无效，应按过错分担责任；变更合同应当协商一致',
    match: exclusionMatch,
  },
  {
    id: 'C12',
    kind: 'contract',
    title: '争议解决条款缺失或者无效',
    severity: 'medium',
    basis: '《民法典》第四百七十条第一款第（八）项',
    suggestion:
      '约定"因本合同发生争议的，双方协商解决；协商不成的，依法向甲方所在地人民法院起诉"，或者明确约定一个仲裁委员会',
    check: disputeResolution,
  },
  {
    id: 'C13',
    kind: 'contract',
    title: '可能属于行政协议',
    severity: 'low',
    basis: '《最高人民法院关于审理行政协议案件若干问题的规定》第一条、第二条',
    suggestion:
      '征收补偿、特许经营、政府和社会资本合作等协议属于行政协议，争议通过行政复议或者行政诉讼解决，请按行政协议审查并调整救济条款',
    check: wrongForm,
  },
  {
    id: 'C14',
    kind: 'contract',
    title: '合同主体不适格',
    severity: 'medium',
    basis: '《民法典》第八十八条、第九十七条、第九十九条、第一百零一条',
    suggestion:
      '核实各方主体资格：镇内设机构不能作为合同当事人，镇属事业单位以自己名义签约；集体资产由集体经济组织签约；核验对方营业执照和资质',
    check: partyCapacity,
  },
  {
    id: 'C15',
    kind: 'contract',
    title: '未设签字盖章栏',
    severity: 'low',
    basis: '《民法典》第四百九十条',
    suggestion:
      '合同末尾应当设置各方签名、盖章栏和签订日期；多页合同加盖骑缝章，代签的附授权委托书',
    check: signatures,
  },
];
