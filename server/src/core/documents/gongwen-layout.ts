/**
 * Page geometry and type of GB/T 9704-2012《党政机关公文格式》, in the units Word stores (twips = 1/20 pt,
 * half-points for font sizes). Computed once here so the DOCX builder and its tests agree.
 */

/** mm → twips, rounded to nearest (docx's own mm helper rounds down, which shifts the grid). */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** A4, 210 mm × 297 mm, written as Word writes it (第5.1条). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 订口 28 mm; 版心 156 mm × 225 mm leaves 35 mm below and 26 mm right (第5.2.1条). */
export const MARGIN = {
  top: mmToTwips(37),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  right: mmToTwips(26),
} as const;

export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom;

/** 每面排22行，每行排28个字 (第5.2.3条). */
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;

/** Line pitch in twips; Word truncates, as the common 公文 templates do (579). */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** One character cell of the grid, in twips (≈ 15.8 pt: slightly narrower than the 16 pt type). */
export const CHAR_CELL = TEXT_WIDTH / CHARS_PER_LINE;

/** Font sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
export const SIZE = { er: 44, san: 32, si: 28 } as const;

/**
 * w:charSpace = (desired character pitch − Normal font size) × 4096, in points (ECMA-376 §17.6.5).
 * The Normal font is 三号 (16 pt), so 28 cells fill the 156 mm line exactly.
 */
export const CHAR_SPACE = Math.round((TEXT_WIDTH / 20 / CHARS_PER_LINE - SIZE.san / 2) * 4096);

/**
 * The standard's typefaces, stored by name (the machine need not have them; the reader's Word does).
 * 发文机关标志 and 标题 小标宋体; 正文 仿宋体; 一级标题 黑体; 二级标题 楷体; 页码 宋体 (第7章).
 */
export const FONT = {
  xiaobiaosong: '方正小标宋简体',
  fangsong: '仿宋_GB2312',
  heiti: '黑体',
  kaiti: '楷体_GB2312',
  songti: '宋体',
} as const;

/** Every script slot names the same face, so Word never substitutes a Latin font for digits. */
export const fontOf = (name: string) => ({
  ascii: name,
  eastAsia: name,
  hAnsi: name,
  cs: name,
  hint: 'eastAsia' as const,
});

/** 红色 of the 发文机关标志 and the separator line (第7.2.4条、第7.2.7条). */
export const RED = 'FF0000';
