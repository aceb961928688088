import { formatYuan } from '../requests/fees.js';
import type { Table3, Table4 } from './table-layout.js';

/**
 * First drafts of the sections staff write (一、五、六), from the year's figures, so no one starts from
 * an empty page; staff replace them before publishing. The 信息处理费 line of 六 is always computed:
 * 国办函〔2020〕109号 requires the report to state the fees collected.
 */
export interface Narrative {
  overview: string;
  problems: string;
  otherMatters: string;
}

export function draftNarrative(townName: string, year: number, t3: Table3, t4: Table4): Narrative {
  const finished = t3.results_total.total;
  const disclosed = t3.disclosed.total + t3.partially_disclosed.total;
  const challenged = t4.review.total + t4.direct.total + t4.after.total;
  return {
    overview:
      `${year}年，${townName}深入贯彻《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外。` +
      `（一）主动公开。按照条例第二十条、第二十一条的规定及时公开政府信息。` +
      `（二）依申请公开。全年新收政府信息公开申请${t3.new.total}件，上年结转${t3.carried_in.total}件，办结${finished}件，其中予以公开或部分公开${disclosed}件，结转下年度继续办理${t3.carried_out.total}件。` +
      `（三）政府信息管理。落实公开前保密审查和不予公开信息定期评估制度。` +
      `（四）平台建设。依托政府门户网站和本平台集中发布政府信息，提供网上申请和进度查询。` +
      `（五）监督保障。因政府信息公开被申请行政复议、提起行政诉讼共${challenged}件。`,
    problems: '（请填写本年度政府信息公开工作存在的主要问题及改进情况。）',
    otherMatters:
      '（请填写年度政务公开工作要点落实情况、人大代表建议和政协提案办理结果公开情况等其他需要报告的事项。）',
  };
}

/** The computed sentence on 信息处理费 that section 六 always carries. */
export const feeLine = (year: number, feesFen: number, count: number): string =>
  feesFen > 0
    ? `依据《政府信息公开信息处理费管理办法》（国办函〔2020〕109号），${year}年本机关共收取信息处理费${formatYuan(feesFen)}（${count}件申请）。`
    : `${year}年本机关未收取政府信息公开信息处理费。`;
