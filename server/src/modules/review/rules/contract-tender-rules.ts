import { type ContractDoc, amountOf, clauseWith } from './contract-context.js';
import type { ContractFields } from './fields.js';
import type { Thresholds } from './thresholds.js';
import type { Finding, Rule } from './types.js';

type R = Rule<ContractFields>;

type Category = NonNullable<ContractFields['procurementCategory']>;

const LIMIT: Record<Exclude<Category, 'goods_services'>, keyof Thresholds> = {
  construction: 'tenderConstructionYuan',
  key_equipment: 'tenderKeyEquipmentYuan',
  survey_design_supervision: 'tenderSurveyDesignSupervisionYuan',
};

const CATEGORY_NAME: Record<Category, string> = {
  construction: '施工',
  key_equipment: '重要设备、材料采购',
  survey_design_supervision: '勘察、设计、监理等服务',
  goods_services: '货物、服务',
};

const limitOf = (d: ContractDoc): number | null => {
  const c = d.fields.procurementCategory;
  return c && c !== 'goods_services' ? d.thresholds[LIMIT[c]] : null;
};

const SPLIT =
  /化整为零|拆分[^。；]{0,6}(?:合同|项目|标段|签订)|分[一二三四五六七八九十两\d]{0,4}(?:期|批|段|次|个标段)[^。；]{0,6}(?:签订|签署)[^。；]{0,4}(?:合同|协议)/;
const TENDERED = /招标|中标|投标|比选|竞争性(?:谈判|磋商)|询价/;

/** 招标投标法 art 4, 政府采购法 art 28: no splitting a project to stay under the tender thresholds. */
function splitting(d: ContractDoc): Finding[] {
  const out: Finding[] = [];
  const c = clauseWith(d, SPLIT, (x) => !/不得|禁止|严禁|不准/.test(x.norm));
  if (c) out.push({ clause: c });
  const limit = limitOf(d);
  const f = d.fields;
  const amount = amountOf(d)?.yuan;
  if (
    !c &&
    limit !== null &&
    f.projectTotalYuan !== undefined &&
    f.projectTotalYuan >= limit &&
    amount !== undefined &&
    amount < limit &&
    f.tendered !== true
  ) {
    out.push({
      suggestion: `同一项目合计${f.projectTotalYuan}元，达到${CATEGORY_NAME[f.procurementCategory!]}必须招标标准（${limit}元），本合同${amount}元单独签订且未招标。应当合并依法招标`,
    });
  }
  return out;
}

/** 招标投标法 art 3 with the NDRC thresholds (settings): works contracts at or above them are tendered. */
function mustTender(d: ContractDoc): Finding[] {
  const limit = limitOf(d);
  if (limit === null) return [];
  const amount = amountOf(d);
  if (!amount || amount.yuan < limit) return [];
  const f = d.fields;
  if (f.tendered === false || (f.tendered === undefined && !TENDERED.test(d.norm))) {
    return [
      {
        clause: amount.clause ?? clauseWith(d, /金额|价款|总价/),
        suggestion: `${CATEGORY_NAME[f.procurementCategory!]}合同估算价${amount.yuan}元，达到必须招标标准（${limit}元）。请核实项目资金来源和性质，属于依法必须招标的，应当招标后签订`,
      },
    ];
  }
  return [];
}

export const CONTRACT_TENDER_RULES: readonly R[] = [
  {
    id: 'C16',
    kind: 'contract',
    title: '化整为零规避招标',
    severity: 'high',
    basis: '《招标投标法》第四条；《政府采购法》第二十八条',
    suggestion:
      '不得将依法必须招标的项目化整为零或者以其他方式规避招标，应当按项目整体依法招标或者采购',
    check: splitting,
  },
  {
    id: 'C17',
    kind: 'contract',
    title: '达到必须招标标准未招标',
    severity: 'medium',
    basis: '《招标投标法》第三条；《必须招标的工程项目规定》第五条',
    suggestion:
      '依法必须招标的工程建设项目，应当通过招标确定承包人或者供应商；政府采购项目按照《政府采购法》第二条、第二十七条确定采购方式',
    check: mustTender,
  },
];
