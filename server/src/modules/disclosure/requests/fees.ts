import type { FeeMethod } from './vocabulary.js';

/**
 * 信息处理费 — 《政府信息公开信息处理费管理办法》(国办函〔2020〕109号). Progressive ("超额累进"): each
 * band is charged at its own rate, and an application uses one method only. Amounts in fen (分).
 */
export const FEE_BASIS = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

const YUAN = 100;

/**
 * 按件计收 for the item at position `n` of the applicant's natural month: 1–10 free, 11–30 100 元,
 * then 100 元 more for each further band of 10 (31–40 200 元, 41–50 300 元 …).
 */
export function perItemFee(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100 * YUAN;
  return (100 + 100 * Math.ceil((n - 30) / 10)) * YUAN;
}

/** 按量计收 for `pages` pages: ≤ 30 free; pages 31–100 at 10 元, 101–200 at 20 元, beyond 200 at 40 元. */
export function perPageFee(pages: number): number {
  const band = (from: number, to: number) => Math.max(0, Math.min(pages, to) - from);
  return (band(30, 100) * 10 + band(100, 200) * 20 + band(200, Infinity) * 40) * YUAN;
}

interface FeeInput {
  method: FeeMethod;
  /** 按件: items in this application (一事一申请 split to the smallest reasonable unit). */
  items?: number | undefined;
  /** 按件: items the same applicant already applied for this natural month, before this application. */
  earlierItemsThisMonth?: number | undefined;
  /** 按量: pages to be provided. */
  pages?: number | undefined;
}

export interface FeeQuote {
  method: FeeMethod;
  amountFen: number;
  /** How the amount was reached, in Chinese, for the notice. */
  explanation: string;
}

const yuan = (fen: number) => `${(fen / YUAN).toFixed(fen % YUAN ? 2 : 0)}元`;

export function quoteFee(input: FeeInput): FeeQuote {
  if (input.method === 'per_item') {
    const items = input.items ?? 1;
    const before = input.earlierItemsThisMonth ?? 0;
    let amountFen = 0;
    for (let n = before + 1; n <= before + items; n++) amountFen += perItemFee(n);
    const range = items === 1 ? `第${before + 1}件` : `第${before + 1}至${before + items}件`;
    return {
      method: 'per_item',
      amountFen,
      explanation: `按件计收：本申请为该申请人本自然月累计申请的${range}（10件以下不收费，11—30件每件100元，31件以上每增加10件每件提高100元），合计${yuan(amountFen)}`,
    };
  }
  const pages = input.pages ?? 0;
  const amountFen = perPageFee(pages);
  return {
    method: 'per_page',
    amountFen,
    explanation: `按量计收：共${pages}页（30页以下不收费，31—100页部分每页10元，101—200页部分每页20元，200页以上部分每页40元），合计${yuan(amountFen)}`,
  };
}

export const formatYuan = yuan;
