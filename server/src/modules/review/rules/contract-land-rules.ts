import { type ContractDoc, clauseWith, isLandTransfer, looksComplete } from './contract-context.js';
import type { ContractFields } from './fields.js';
import type { Finding, Rule } from './types.js';

type R = Rule<ContractFields>;

interface Term {
  label: string;
  present: readonly RegExp[];
}

/** 承包法 art 40: the eight items a land-transfer contract generally contains. */
const ART_40: readonly Term[] = [
  {
    label: '双方当事人的姓名、住所',
    present: [
      /甲方|乙方|流出方|流入方|出租方|承租方|受让方|转出方/,
      /住所|地址|身份证|联系电话|统一社会信用代码/,
    ],
  },
  {
    label: '流转土地的名称、坐落、面积、质量等级',
    present: [/坐落|四至|位置|地块|地名/, /面积|亩/],
  },
  { label: '流转期限和起止日期', present: [/期限|租期/, /\d{4}年[^。；]{0,8}(?:至|到)|起止/] },
  { label: '流转土地的用途', present: [/用途|用于|从事[^。；]{0,10}(?:种植|养殖|生产)/] },
  { label: '双方当事人的权利和义务', present: [/权利|义务/] },
  { label: '流转价款及支付方式', present: [/价款|流转费|租金|承包费/, /支付|付款|交付|结算|缴纳/] },
  {
    label: '土地被依法征收、征用、占用时有关补偿费的归属',
    present: [/(?:征收|征用|占用)[^。；]{0,30}补偿/],
  },
  { label: '违约责任', present: [/违约/] },
];

/** 民法典 art 470: the terms a contract generally contains (dispute resolution is C12's). */
const ART_470: readonly Term[] = [
  {
    label: '当事人的名称或者姓名和住所',
    present: [/甲方|乙方|出租人|承租人|发包人|承包人|委托人|受托人|买方|卖方|采购人|供应商/],
  },
  { label: '标的', present: [/标的|项目|工程|房屋|土地|货物|服务内容|租赁物|厂房|设备|委托事项/] },
  { label: '价款或者报酬', present: [/价款|价格|金额|费用|租金|报酬|合同价|总价|元/] },
  { label: '履行期限、地点和方式', present: [/期限|工期|交付|履行|日前|之日起/] },
  { label: '违约责任', present: [/违约/] },
];

const missing = (d: ContractDoc, list: readonly Term[]) =>
  list.filter((t) => !t.present.every((re) => re.test(d.norm))).map((t) => t.label);

function missingTerms(d: ContractDoc): Finding[] {
  if (!looksComplete(d)) return [];
  if (isLandTransfer(d)) {
    const gaps = missing(d, ART_40);
    return gaps.length
      ? [
          {
            suggestion: `未见以下条款：${gaps.join('；')}。土地经营权流转合同一般应当包括这些条款，请补充`,
            basis: '《农村土地承包法》第四十条第二款',
          },
        ]
      : [];
  }
  const gaps = missing(d, ART_470);
  return gaps.length
    ? [
        {
          severity: 'low',
          title: '合同主要条款不全',
          suggestion: `未见以下条款：${gaps.join('；')}。请对照《民法典》第四百七十条补充`,
          basis: '《民法典》第四百七十条',
        },
      ]
    : [];
}

const NON_FARM =
  /建房|建设(?!农业)|厂房|仓库|仓储|停车场|经营性|非农|工业|商业|住宅|堆场|硬化|餐饮|民宿|房地产|采砂|取土/;

/** 承包法 art 38(2), 土地管理法 art 4: transferred farmland keeps its agricultural use. */
function nonFarmUse(d: ContractDoc): Finding[] {
  if (!isLandTransfer(d)) return [];
  const stated = clauseWith(
    d,
    NON_FARM,
    (c) =>
      /用途|用于|从事|经营/.test(c.norm) &&
      !/不得|禁止|严禁|不准|不能|(?:农业|农用|生产)[^。；]{0,4}(?:附属|配套)?设施|设施农业/.test(
        c.norm,
      ),
  );
  if (stated) return [{ clause: stated }];
  return d.fields.landUse === 'non_agricultural' ? [{}] : [];
}

const TO_OUTSIDERS =
  /(?:发包|承包)给[^。；]{0,10}(?:本集体经济组织以外|外村|村外|非本村|本村以外)|(?:本集体经济组织以外|非本集体经济组织成员|非本村)[^。；]{0,12}承包/;

/** 承包法 art 52: land contracted to non-members needs ⅔ of villagers or representatives and township approval. */
function outsiders(d: ContractDoc): Finding[] {
  const f = d.fields;
  const stated = clauseWith(d, TO_OUTSIDERS);
  const applies =
    (f.contractType === 'land_contracting' && f.counterpartyIsMember === false) || !!stated;
  if (!applies) return [];
  const votesShort =
    f.votesFor !== undefined &&
    f.membersEntitled !== undefined &&
    f.votesFor * 3 < f.membersEntitled * 2;
  if (votesShort || f.townshipApproved === false) {
    const why = [
      votesShort ? `同意${f.votesFor}人，不足应到${f.membersEntitled}人的三分之二` : null,
      f.townshipApproved === false ? '未报乡（镇）人民政府批准' : null,
    ]
      .filter(Boolean)
      .join('；');
    return [
      {
        clause: stated,
        suggestion: `${why}。应当经村民会议三分之二以上成员或者三分之二以上村民代表同意，并报镇人民政府批准后再签订`,
      },
    ];
  }
  if (f.votesFor === undefined || f.townshipApproved === undefined) {
    return [
      {
        clause: stated,
        severity: 'medium',
        title: '对外发包未见民主表决和镇政府批准材料',
        suggestion:
          '请补充村民会议（村民代表会议）三分之二以上同意的表决记录和镇人民政府的批准文件，并审查承包方资信和经营能力',
      },
    ];
  }
  return [];
}

export const CONTRACT_LAND_RULES: readonly R[] = [
  {
    id: 'C4',
    kind: 'contract',
    title: '流转土地改变农业用途',
    severity: 'high',
    basis: '《农村土地承包法》第三十八条第（二）项；《土地管理法》第四条',
    suggestion:
      '流转土地应当用于农业生产，删除建房、厂房、仓储等非农用途；确需建设农业生产附属设施的，依法办理设施农业用地手续',
    check: nonFarmUse,
  },
  {
    id: 'C5',
    kind: 'contract',
    title: '流转合同缺少法定主要条款',
    severity: 'medium',
    basis: '《农村土地承包法》第四十条；《民法典》第四百七十条',
    suggestion:
      '按照土地经营权流转合同示范文本补全当事人、土地坐落面积、起止日期、用途、权利义务、价款支付、征收补偿归属和违约责任',
    check: missingTerms,
  },
  {
    id: 'C6',
    kind: 'contract',
    title: '向本集体经济组织以外发包未经表决和批准',
    severity: 'high',
    basis: '《农村土地承包法》第五十二条',
    suggestion:
      '发包给本集体经济组织以外的单位或者个人，应当事先经村民会议三分之二以上成员或者三分之二以上村民代表同意，并报镇人民政府批准',
    check: outsiders,
  },
];
