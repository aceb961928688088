import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { gongwenDate } from '../../../core/documents/gongwen-format.js';
import {
  CHAR_CELL,
  CHAR_SPACE,
  FONT,
  fontOf,
  LINE_PITCH,
  MARGIN,
  mmToTwips,
  PAGE,
  SIZE,
  TEXT_WIDTH,
} from '../../../core/documents/gongwen-layout.js';
import { gridTable, type CellSpec } from './docx-table.js';
import type { ReportDocument } from './report-compute.js';
import {
  COLUMNS,
  GROUP_LABELS,
  ORGANISATION_COLUMNS,
  COLUMN_LABELS,
  RESULTS_LABEL,
  SECTION_TITLES,
  TABLE2_BLOCKS,
  TABLE3_CAPTION,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_RESULTS,
} from './table-layout.js';

/**
 * The annual report as a DOCX in GB/T 9704 page layout (A4, 版心 156 × 225 mm, 22 lines × 28
 * characters, 仿宋 三号 body, 黑体 first-level headings) with the three statistical tables laid out
 * exactly as the 2021 template (国办公开办函〔2021〕30号).
 */
const text = (t: string, font: string = FONT.fangsong, size: number = SIZE.san) =>
  new TextRun({ text: t, font: fontOf(font), size });
const para = (t: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(2 * CHAR_CELL), firstLineChars: 200 },
    children: [text(t)],
  });
const heading = (t: string) =>
  new Paragraph({
    indent: { firstLine: Math.round(2 * CHAR_CELL), firstLineChars: 200 },
    children: [text(t, FONT.heiti)],
  });
const blank = () => new Paragraph({ children: [] });

/** Splits staff text into paragraphs on blank lines or line breaks. */
const paragraphs = (body: string) =>
  body
    .split(/\n+/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map(para);

function table2(r: ReportDocument): Table {
  const f = r.sectionTwo;
  const w = [TEXT_WIDTH - 3 * 1950, 1950, 1950, 1950];
  const block = (i: number): CellSpec[] => [
    { text: TABLE2_BLOCKS[i]!.caption, colSpan: 4, bold: true },
  ];
  const head = (i: number): CellSpec[] =>
    TABLE2_BLOCKS[i]!.header.length === 4
      ? TABLE2_BLOCKS[i]!.header.map((h) => ({ text: h, bold: true }))
      : [
          { text: '信息内容', bold: true },
          { text: TABLE2_BLOCKS[i]!.header[1]!, colSpan: 3, bold: true },
        ];
  const one = (label: string, v: number | string): CellSpec[] => [
    { text: label },
    { text: v, colSpan: 3 },
  ];
  const issuance = (
    label: string,
    c: { issued: number; abolished: number; inForce: number },
  ): CellSpec[] => [
    { text: label },
    { text: c.issued },
    { text: c.abolished },
    { text: c.inForce },
  ];
  return gridTable(w, [
    block(0),
    head(0),
    issuance('规章', f.article20Item1.rules),
    issuance('行政规范性文件', f.article20Item1.normativeDocuments),
    block(1),
    head(1),
    one('行政许可', f.article20Item5.licensingDecisions),
    block(2),
    head(2),
    one('行政处罚', f.article20Item6.penaltyDecisions),
    one('行政强制', f.article20Item6.coercionDecisions),
    block(3),
    head(3),
    one('行政事业性收费', f.article20Item8.feesWan.toFixed(4).replace(/\.?0+$/, '') || '0'),
  ]);
}

function table3(r: ReportDocument): Table {
  const t = r.sectionThree;
  const labels = [560, 1000, 2500];
  const num = Math.floor((TEXT_WIDTH - labels.reduce((a, b) => a + b, 0)) / 7);
  const values = (key: (typeof TABLE3_ROWS)[number]['key']): CellSpec[] =>
    COLUMNS.map((c) => ({ text: t[key][c] }));
  const rows: CellSpec[][] = [
    [
      { text: TABLE3_CAPTION, colSpan: 3, rowSpan: 3 },
      { text: '申请人情况', colSpan: 7, bold: true },
    ],
    [
      { text: COLUMN_LABELS.natural_person, rowSpan: 2 },
      { text: '法人或其他组织', colSpan: 5 },
      { text: COLUMN_LABELS.total, rowSpan: 2 },
    ],
    ORGANISATION_COLUMNS.map((c) => ({ text: COLUMN_LABELS[c] })),
    [{ text: TABLE3_ROWS[0]!.label, colSpan: 3, align: 'left' }, ...values('new')],
    [{ text: TABLE3_ROWS[1]!.label, colSpan: 3, align: 'left' }, ...values('carried_in')],
  ];
  const results = TABLE3_ROWS.slice(2, -1);
  results.forEach((row, i) => {
    const lead: CellSpec[] = i === 0 ? [{ text: RESULTS_LABEL, rowSpan: results.length }] : [];
    const firstOfGroup = row.group && results.findIndex((x) => x.group === row.group) === i;
    const grouped =
      row.group === 'withheld' ||
      row.group === 'unavailable' ||
      row.group === 'rejected' ||
      row.group === 'other';
    const size = results.filter((x) => x.group === row.group).length;
    const label: CellSpec[] = grouped
      ? [
          ...(firstOfGroup ? [{ text: GROUP_LABELS[row.group!], rowSpan: size }] : []),
          { text: row.label, align: 'left' as const },
        ]
      : [{ text: row.label, colSpan: 2, align: 'left' }];
    rows.push([...lead, ...label, ...values(row.key)]);
  });
  rows.push([
    { text: TABLE3_ROWS[TABLE3_ROWS.length - 1]!.label, colSpan: 3, align: 'left' },
    ...values('carried_out'),
  ]);
  return gridTable([...labels, ...Array(7).fill(num)], rows);
}

function table4(r: ReportDocument): Table {
  const w = Array(15).fill(Math.floor(TEXT_WIDTH / 15)) as number[];
  const results = (bold = false): CellSpec[] =>
    TABLE4_RESULTS.map((x) => ({ text: x.label, bold }));
  return gridTable(w, [
    [
      { text: '行政复议', colSpan: 5, bold: true },
      { text: '行政诉讼', colSpan: 10, bold: true },
    ],
    [
      ...TABLE4_RESULTS.map((x) => ({ text: x.label, rowSpan: 2 })),
      { text: TABLE4_GROUPS[1].label, colSpan: 5 },
      { text: TABLE4_GROUPS[2].label, colSpan: 5 },
    ],
    [...results(), ...results()],
    TABLE4_GROUPS.flatMap((g) =>
      TABLE4_RESULTS.map((x) => ({ text: r.sectionFour[g.key][x.key] })),
    ),
  ]);
}

export async function buildReportDocx(
  r: ReportDocument,
  issuer: string,
  date: string,
): Promise<Buffer> {
  const title = `${issuer}${r.year}年政府信息公开工作年度报告`;
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [text(title, FONT.xiaobiaosong, SIZE.er)],
    }),
    blank(),
    para(
      `本报告依据《中华人民共和国政府信息公开条例》第五十条和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`,
    ),
    heading(SECTION_TITLES[0]),
    ...paragraphs(r.narrative.overview),
    heading(SECTION_TITLES[1]),
    table2(r),
    heading(SECTION_TITLES[2]),
    table3(r),
    heading(SECTION_TITLES[3]),
    table4(r),
    heading(SECTION_TITLES[4]),
    ...paragraphs(r.narrative.problems),
    heading(SECTION_TITLES[5]),
    para(r.fees.line),
    ...paragraphs(r.narrative.otherMatters),
    blank(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(4 * CHAR_CELL) },
      children: [text(issuer)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(4 * CHAR_CELL) },
      children: [text(gongwenDate(date))],
    }),
  ];
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: fontOf(FONT.songti),
            size: SIZE.si,
            children: ['— ', PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
  const doc = new Document({
    creator: issuer,
    title,
    styles: { default: { document: { run: { font: fontOf(FONT.fangsong), size: SIZE.san } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...MARGIN, header: mmToTwips(15), footer: mmToTwips(28) - SIZE.si * 10 },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE_PITCH,
            charSpace: CHAR_SPACE,
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
