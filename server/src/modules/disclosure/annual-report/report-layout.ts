import { table3Rows } from './application-table.js';
import {
  COLUMN_LABELS,
  COLUMNS,
  GROUP_LABELS,
  RESULTS_LABEL,
  SECTION_TITLES,
  TABLE2_BLOCKS,
  TABLE3_CAPTION,
  TABLE4_GROUPS,
  TABLE4_RESULTS,
  type Table3,
} from './table-layout.js';

/** The labels of the fixed layout with the figures, so web pages draw the official tables without a copy of them. */
export function reportLayout(t: Table3) {
  return {
    sections: SECTION_TITLES,
    table2Blocks: TABLE2_BLOCKS,
    table3Caption: TABLE3_CAPTION,
    resultsLabel: RESULTS_LABEL,
    columns: COLUMNS.map((c) => ({ key: c, label: COLUMN_LABELS[c] })),
    groupLabels: GROUP_LABELS,
    table3Rows: table3Rows(t),
    table4Groups: TABLE4_GROUPS,
    table4Results: TABLE4_RESULTS,
  };
}
