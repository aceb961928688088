import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IParagraphOptions,
} from 'docx';
import {
  attachmentLines,
  ccLine,
  cellWidth,
  gongwenDate,
  hasOrdinal,
  headingOrdinal,
} from './gongwen-format.js';
import {
  CHAR_CELL,
  CHAR_SPACE,
  FONT,
  fontOf,
  LINE_PITCH,
  MARGIN,
  mmToTwips,
  PAGE,
  RED,
  SIZE,
  TEXT_WIDTH,
} from './gongwen-layout.js';

export interface LetterBlock {
  /** heading1 一、(黑体), heading2 （一）(楷体), paragraph (仿宋). Ordinals are added unless the text has one. */
  kind: 'heading1' | 'heading2' | 'paragraph';
  text: string;
}

export interface OfficialLetterInput {
  /** 发文机关标志, e.g. 慈溪市桥头镇人民政府 or 桥头镇人民政府文件. */
  issuer: string;
  /** 发文字号, e.g. 桥法审〔2024〕12号. */
  docNumber: string;
  title: string;
  /** 主送机关; a trailing full-width colon is added. */
  recipient?: string | undefined;
  blocks: LetterBlock[];
  /** 附件名称, in order. */
  attachments?: string[] | undefined;
  /** 发文机关署名. */
  signatory: string;
  /** 成文日期, YYYY-MM-DD. */
  date: string;
  /** 抄送机关. */
  cc?: string[] | undefined;
}

/** What a letter says; the letter office adds who issues and signs it, its 文号 and date. */
export type LetterContent = Omit<
  OfficialLetterInput,
  'issuer' | 'docNumber' | 'signatory' | 'date'
>;

type Run = { text: string; font: string; size: number; color?: string };
const run = (r: Run) =>
  new TextRun({
    text: r.text,
    font: fontOf(r.font),
    size: r.size,
    ...(r.color ? { color: r.color } : {}),
  });
const body = (text: string, font: string = FONT.fangsong) => run({ text, font, size: SIZE.san });
const blank = () => new Paragraph({ children: [] });
/** 每个自然段左空二字 (第7.3.3条): two grid cells, also in character units for Word's own indent logic. */
const INDENT_2 = { firstLine: Math.round(2 * CHAR_CELL), firstLineChars: 200 };
const cells = (n: number) => Math.max(0, Math.round(n * CHAR_CELL));

/** 发文机关标志 in 小标宋, as large as 小初 but never wider than the 版心 (居中排布，第7.2.4条). */
function issuerMark(issuer: string): Paragraph {
  const fit = Math.floor(TEXT_WIDTH / 10 / cellWidth(issuer)); // half-points that fit on one line
  const size = Math.min(72, fit);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    // 上边缘至版心上边缘为35mm (第7.2.4条): the mark sits well down the page.
    spacing: { before: mmToTwips(35) - LINE_PITCH },
    children: [run({ text: issuer, font: FONT.xiaobiaosong, size, color: RED })],
  });
}

/** 发文字号 centred, with the red separator line 4 mm below it across the 版心 (第7.2.5条、第7.2.7条). */
function docNumberLine(docNumber: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: RED, space: 11 } },
    children: [body(docNumber)],
  });
}

/** 正文 blocks with 一、/（一）ordinals counted per level; the second level restarts under each first. */
function bodyParagraphs(blocks: LetterBlock[]): Paragraph[] {
  let h1 = 0;
  let h2 = 0;
  return blocks.map((b) => {
    const opts: IParagraphOptions = { alignment: AlignmentType.JUSTIFIED, indent: INDENT_2 };
    if (b.kind === 'heading1') {
      h1 += 1;
      h2 = 0;
      const text = hasOrdinal(b.text) ? b.text : headingOrdinal.level1(h1) + b.text;
      return new Paragraph({ ...opts, children: [body(text, FONT.heiti)] });
    }
    if (b.kind === 'heading2') {
      h2 += 1;
      const text = hasOrdinal(b.text) ? b.text : headingOrdinal.level2(h2) + b.text;
      return new Paragraph({ ...opts, children: [body(text, FONT.kaiti)] });
    }
    return new Paragraph({ ...opts, children: [body(b.text)] });
  });
}

/** 附件说明: 正文下空一行左空二字; later names align under the first name (第7.3.4条). */
function attachmentParagraphs(names: string[]): Paragraph[] {
  if (!names.length) return [];
  const lines = attachmentLines(names);
  return [
    blank(),
    ...lines.map(
      (text, i) =>
        new Paragraph({ indent: { left: cells(i === 0 ? 2 : 5) }, children: [body(text)] }),
    ),
  ];
}

/**
 * 署名 and 成文日期 of a sealed document: the date 右空四字, the issuer centred over the date
 * (第7.3.5.1条). The seal presses down on both, its top within a line of the text, hence the blank lines.
 */
function signature(signatory: string, isoDate: string): Paragraph[] {
  const date = gongwenDate(isoDate);
  const shift = (cellWidth(date) - cellWidth(signatory)) / 2;
  return [
    blank(),
    blank(),
    blank(),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: cells(4 + shift) },
      children: [body(signatory)],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: cells(4) },
      children: [body(date)],
    }),
  ];
}

/** 抄送: 4号仿宋, 左右各空一字, 回行与冒号后首字对齐, between the 版记 lines (第7.4.1条、第7.4.2条). */
function ccParagraph(organs: string[]): Paragraph[] {
  if (!organs.length) return [];
  const em = SIZE.si * 10; // one 4号 character, in twips
  const rule = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 };
  return [
    blank(),
    new Paragraph({
      indent: { left: em + 3 * em, right: em, hanging: 3 * em },
      border: { top: rule, bottom: rule },
      children: [run({ text: ccLine(organs), font: FONT.fangsong, size: SIZE.si })],
    }),
  ];
}

/** 页码: 4号半角宋体 with 一字线 each side; odd pages 居右空一字, even pages 居左空一字 (第7.5条). */
function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const em = SIZE.si * 10;
  const font = fontOf(FONT.songti);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: em } : { left: em },
        children: [
          new TextRun({ font, size: SIZE.si, children: ['— ', PageNumber.CURRENT, ' —'] }),
        ],
      }),
    ],
  });
}

/** The A4 page, 版心 grid and 页码 of GB/T 9704-2012 around the given paragraphs, as a DOCX file. */
function gongwenDocx(meta: { creator: string; title: string }, children: Paragraph[]) {
  const doc = new Document({
    creator: meta.creator,
    title: meta.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: fontOf(FONT.fangsong), size: SIZE.san } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            // 页码一字线上距版心下边缘7mm (第7.5条): the footer's baseline sits about one 4号 line lower.
            margin: { ...MARGIN, header: mmToTwips(15), footer: mmToTwips(35 - 7) - SIZE.si * 10 },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: LINE_PITCH,
            charSpace: CHAR_SPACE,
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** 标题: 2号小标宋, centred, a blank line below it (第7.3.1条). */
const titleParagraphs = (title: string) => [
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [run({ text: title, font: FONT.xiaobiaosong, size: SIZE.er })],
  }),
  blank(),
];

/** A 公文 in GB/T 9704-2012 layout, as a DOCX file. */
export async function buildOfficialLetter(input: OfficialLetterInput): Promise<Buffer> {
  const recipient = input.recipient?.trim();
  const children: Paragraph[] = [
    issuerMark(input.issuer),
    blank(),
    blank(),
    docNumberLine(input.docNumber),
    // 标题编排于红色分隔线下空二行位置 (第7.3.1条).
    blank(),
    blank(),
    ...titleParagraphs(input.title),
    // 主送机关编排于标题下空一行位置，居左顶格 (第7.3.2条).
    ...(recipient
      ? [
          new Paragraph({
            children: [body(recipient.endsWith('：') ? recipient : `${recipient}：`)],
          }),
        ]
      : []),
    ...bodyParagraphs(input.blocks),
    ...attachmentParagraphs(input.attachments ?? []),
    ...signature(input.signatory, input.date),
    ...ccParagraph(input.cc ?? []),
  ];
  return gongwenDocx({ creator: input.issuer, title: input.title }, children);
}

/** A paper kept in a 案卷 that is not issued as a 公文 (草案, 笔录, 意见, 报告): no 版头, no 文号. */
export interface RecordPaperInput {
  title: string;
  blocks: LetterBlock[];
  /** Who wrote or signed it, and when (YYYY-MM-DD), placed as a 公文's 署名 and 成文日期. */
  signed?: { by: string; on: string } | undefined;
  /** The body that keeps it, as the DOCX's author. */
  keeper: string;
}

/** A record paper in the page, grid, type and 正文 rules of GB/T 9704-2012, as a DOCX file. */
export async function buildRecordPaper(input: RecordPaperInput): Promise<Buffer> {
  const children: Paragraph[] = [
    ...titleParagraphs(input.title),
    ...bodyParagraphs(input.blocks),
    ...(input.signed ? signature(input.signed.by, input.signed.on) : []),
  ];
  return gongwenDocx({ creator: input.keeper, title: input.title }, children);
}
