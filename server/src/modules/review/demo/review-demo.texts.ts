import { chineseDate } from '../../../core/calendar/index.js';

/**
 * Realistic texts for the 桥头镇 demo items: village leases and service contracts in the usual local
 * form, with the defects the 2024 clean-up found (over-long terms, no dispute clause, excessive
 * liquidated damages, arbitration next to litigation). The demo seed and the tests build on them.
 */

export interface LeaseTerms {
  lessor: string;
  lessee: string;
  premises: string;
  purpose: string;
  years: number;
  startDate: string;
  endDate: string;
  annualRentYuan: number;
  /** Defects to plant; each maps to a pre-review rule. */
  defects?: readonly (
    'arbitration_and_court' | 'no_dispute_clause' | 'excessive_damages' | 'lump_sum_prepaid'
  )[];
}

const yuanText = (n: number) =>
  `${n.toLocaleString('en-US')}元（大写：${n >= 10000 ? `${n / 10000}万` : n}元整）`;

/** 村集体资产租赁合同 in the form the town's legal advisers recommend, with optional planted defects. */
export function leaseContract(t: LeaseTerms): string {
  const d = new Set(t.defects ?? []);
  const rent = d.has('lump_sum_prepaid')
    ? `租金总额${yuanText(t.annualRentYuan * t.years)}，乙方于合同签订之日起十日内一次性支付全部租期租金。`
    : `年租金${yuanText(t.annualRentYuan)}，按年支付，乙方于每年1月15日前支付当年租金。`;
  const damages = d.has('excessive_damages')
    ? '乙方逾期支付租金的，每逾期一日按年租金的百分之五支付违约金；乙方擅自转租的，应当向甲方支付相当于年租金三倍的违约金。'
    : '乙方逾期支付租金超过三十日的，甲方有权解除合同，并要求乙方按欠付租金的百分之十支付违约金。';
  const dispute = d.has('no_dispute_clause')
    ? ''
    : d.has('arbitration_and_court')
      ? '第八条 争议解决 本合同履行中发生争议的，双方协商解决；协商不成的，可以向宁波仲裁委员会申请仲裁，也可以向慈溪市人民法院起诉。\n'
      : '第八条 争议解决 本合同履行中发生争议的，双方协商解决；协商不成的，任何一方可以向慈溪市人民法院起诉。\n';
  return `${t.premises}租赁合同

出租方（甲方）：${t.lessor}
承租方（乙方）：${t.lessee}

根据《中华人民共和国民法典》《浙江省农村集体资产管理条例》等规定，经村民代表会议讨论决定，甲乙双方在平等、自愿的基础上订立本合同。
第一条 租赁物 甲方将坐落于${t.premises}出租给乙方，用于${t.purpose}。乙方不得擅自改变用途。
第二条 租赁期限 租赁期限为${t.years}年，自${chineseDate(t.startDate)}起至${chineseDate(t.endDate)}止。
第三条 租金及支付 ${rent}
第四条 甲方的权利义务 甲方应按时交付租赁物，保证租赁物符合约定用途，并负责主体结构的维修。
第五条 乙方的权利义务 乙方应合理使用租赁物，遵守安全生产、消防和环境保护的规定；未经甲方书面同意不得转租。
第六条 合同的解除 乙方擅自改变用途或者转租的，甲方有权解除合同。租赁期满，乙方应当将租赁物恢复原状后交还甲方。
第七条 违约责任 ${damages}
${dispute}第九条 其他 本合同一式四份，甲乙双方各执一份，报镇农村集体资产管理部门备案一份，村务监督委员会存档一份，自双方签字盖章之日起生效。`;
}

/** 行政机关合同 (the town buying a service) in the standard form. */
export function serviceContract(o: {
  buyer: string;
  provider: string;
  service: string;
  amountYuan: number;
  startDate: string;
  endDate: string;
}): string {
  return `${o.service}服务合同

甲方：${o.buyer}
乙方：${o.provider}

根据《中华人民共和国民法典》《中华人民共和国政府采购法》，经镇党政班子会议研究同意，双方订立本合同。
第一条 服务内容 乙方为甲方提供${o.service}服务，服务标准按本合同附件执行。
第二条 服务期限 自${chineseDate(o.startDate)}起至${chineseDate(o.endDate)}止。
第三条 合同价款 合同总价${yuanText(o.amountYuan)}，分两期支付：合同签订后支付百分之五十，服务期满经验收合格后支付余款。
第四条 双方权利义务 甲方应当提供必要的工作条件并按约付款；乙方应当按约提供服务，对工作中知悉的个人信息和工作秘密负保密义务。
第五条 违约责任 任何一方违约的，应当赔偿对方因此遭受的损失；乙方未达服务标准的，甲方可按合同价款的百分之五扣减服务费。
第六条 争议解决 因本合同发生争议的，双方协商解决；协商不成的，依法向慈溪市人民法院起诉。
第七条 其他 本合同一式三份，自双方签字盖章之日起生效。`;
}
