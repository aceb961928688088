import { OUTCOME_KEYS } from '../requests/outcomes.js';
import { APPLICANT_KIND_KEYS } from '../requests/vocabulary.js';
import {
  COLUMN_LABELS,
  COLUMNS,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_RESULTS,
  type Column,
  type Table3,
  type Table4,
} from './table-layout.js';

/**
 * The consistency checks of the annual report (domain file §1.4, V1–V5). Pure: the tables in, one
 * verdict per check with the failing cells named in Chinese. Publication is refused unless all pass.
 */
export interface CheckResult {
  code: 'V1' | 'V2' | 'V3' | 'V4' | 'V5';
  title: string;
  ok: boolean;
  failures: string[];
}

const col = (c: Column) => COLUMN_LABELS[c];

export function runChecks(
  t: Table3,
  t4: Table4,
  previousCarriedOut: Record<Column, number> | null,
  previousSource: string,
): CheckResult[] {
  const v1: string[] = [];
  const v2: string[] = [];
  for (const c of COLUMNS) {
    const left = t.new[c] + t.carried_in[c];
    const right = t.results_total[c] + t.carried_out[c];
    if (left !== right) v1.push(`${col(c)}：一 + 二 = ${left}，（七）总计 + 四 = ${right}`);
    const leaves = OUTCOME_KEYS.reduce((s, o) => s + t[o][c], 0);
    if (leaves !== t.results_total[c])
      v2.push(`${col(c)}：（七）总计 = ${t.results_total[c]}，各项之和 = ${leaves}`);
  }
  const v3: string[] = [];
  for (const r of TABLE3_ROWS) {
    const sum = APPLICANT_KIND_KEYS.reduce((s, k) => s + t[r.key][k], 0);
    if (sum !== t[r.key].total)
      v3.push(`“${r.label}”：总计 = ${t[r.key].total}，各列之和 = ${sum}`);
  }
  const v4: string[] = [];
  for (const r of TABLE3_ROWS) {
    for (const c of COLUMNS)
      if (!Number.isInteger(t[r.key][c]) || t[r.key][c] < 0)
        v4.push(`表三“${r.label}”${col(c)}：${t[r.key][c]}`);
  }
  for (const g of TABLE4_GROUPS) {
    for (const res of TABLE4_RESULTS)
      if (!Number.isInteger(t4[g.key][res.key]) || t4[g.key][res.key] < 0)
        v4.push(`表四“${g.label}·${res.label}”：${t4[g.key][res.key]}`);
    const sum = t4[g.key].upheld + t4[g.key].corrected + t4[g.key].other + t4[g.key].pending;
    if (sum !== t4[g.key].total)
      v4.push(
        `表四“${g.label}”：维持 + 纠正 + 其他 + 尚未审结 = ${sum}，总计 = ${t4[g.key].total}`,
      );
  }
  const v5: string[] = [];
  if (previousCarriedOut) {
    for (const c of COLUMNS)
      if (previousCarriedOut[c] !== t.carried_in[c])
        v5.push(
          `${col(c)}：${previousSource}“四、结转下年度继续办理” = ${previousCarriedOut[c]}，本年“二、上年结转” = ${t.carried_in[c]}`,
        );
  }
  return [
    { code: 'V1', title: '每列：一 + 二 = （七）总计 + 四', ok: !v1.length, failures: v1 },
    {
      code: 'V2',
      title: '（七）总计 = （一）（二）与（三）至（六）各小项之和（21 项）',
      ok: !v2.length,
      failures: v2,
    },
    { code: 'V3', title: '每行：总计 = 自然人 + 法人或其他组织五列', ok: !v3.length, failures: v3 },
    {
      code: 'V4',
      title: '各数均为非负整数，部分公开只计入（二）；表四各组各项之和等于总计',
      ok: !v4.length,
      failures: v4,
    },
    {
      code: 'V5',
      title: '上年“结转下年度继续办理”等于本年“上年结转”',
      ok: !v5.length,
      failures: v5,
    },
  ];
}
