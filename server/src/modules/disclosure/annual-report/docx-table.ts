import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { FONT, fontOf } from '../../../core/documents/gongwen-layout.js';

/**
 * Tables for 公文-style reports. buildOfficialLetter draws letters only (no tables), so the annual
 * report composes its document here from the same layout constants. Table text is 仿宋 五号 (10.5 pt),
 * as in the published template of 国办公开办函〔2021〕30号.
 */
const TABLE_TEXT_SIZE = 21; // half-points: 五号 10.5 pt

export interface CellSpec {
  text: string | number;
  colSpan?: number;
  rowSpan?: number;
  bold?: boolean;
  align?: 'left' | 'center';
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: border, bottom: border, left: border, right: border };

function cell(spec: CellSpec, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(spec.colSpan && spec.colSpan > 1 ? { columnSpan: spec.colSpan } : {}),
    ...(spec.rowSpan && spec.rowSpan > 1 ? { rowSpan: spec.rowSpan } : {}),
    verticalAlign: VerticalAlign.CENTER,
    borders: BORDERS,
    margins: { left: 40, right: 40, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: spec.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [
          new TextRun({
            text: String(spec.text),
            font: fontOf(spec.bold ? FONT.heiti : FONT.fangsong),
            size: TABLE_TEXT_SIZE,
          }),
        ],
      }),
    ],
  });
}

/**
 * A bordered table from rows of cell specs. `widths` are the grid columns in twips; a cell spanning
 * columns takes their summed width. Cells covered by a row span from above are left out of later rows
 * (docx writes the vertical-merge continuation for them).
 */
export function gridTable(widths: number[], rows: CellSpec[][]): Table {
  const covered = widths.map(() => 0); // rows still covered by a span from above, per grid column
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((specs) => {
      const skip = covered.map((n) => n > 0);
      let c = 0;
      const cells: TableCell[] = [];
      for (const spec of specs) {
        while (skip[c]) c += 1;
        const span = spec.colSpan ?? 1;
        cells.push(
          cell(
            spec,
            widths.slice(c, c + span).reduce((a, b) => a + b, 0),
          ),
        );
        for (let k = c; k < c + span; k++) covered[k] = Math.max(covered[k]!, spec.rowSpan ?? 1);
        c += span;
      }
      for (let k = 0; k < covered.length; k++) covered[k] = Math.max(0, covered[k]! - 1);
      return new TableRow({ children: cells, cantSplit: true });
    }),
  });
}
