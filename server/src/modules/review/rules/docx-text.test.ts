import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../core/errors.js';
import { extractDocxText, preReview } from './engine.js';

const build = (children: (Paragraph | Table)[]) => Packer.toBuffer(new Document({ sections: [{ children }] }));

describe('extractDocxText', () => {
  it('keeps paragraph breaks, joins runs, reads tables and escapes', async () => {
    const buf = await build([
      new Paragraph({ children: [new TextRun({ text: '上林湖村村规民约', bold: true })] }),
      new Paragraph({ children: [new TextRun('第一条 '), new TextRun('乱倒垃圾者'), new TextRun('罚款200元。')] }),
      new Paragraph({ children: [new TextRun('甲方 < 乙方 & "丙方"')] }),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [new Paragraph('应到45人')] }), new TableCell({ children: [new Paragraph('同意38人')] })] })] }),
    ]);
    const text = await extractDocxText(buf);
    expect(text.split('\n')).toEqual(['上林湖村村规民约', '第一条 乱倒垃圾者罚款200元。', '甲方 < 乙方 & "丙方"', '应到45人', '同意38人']);
  });

  it('feeds the engine: hits point into the extracted text', async () => {
    const text = await extractDocxText(await build([new Paragraph('第五条 本村女子外嫁后户口未迁出的，不享受集体收益分配。'), new Paragraph('第六条 禁止在河道倾倒垃圾。')]));
    const [hit, ...rest] = preReview({ kind: 'village_rules', text });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ ruleId: 'R4', clause: '第五条 本村女子外嫁后户口未迁出的，不享受集体收益分配。' });
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.clause);
  });

  it('refuses bytes that are not a Word document with a 400', async () => {
    const notZip = await extractDocxText(Buffer.from('%PDF-1.7')).catch((e: unknown) => e);
    expect(isAppError(notZip) && notZip.status).toBe(400);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const xlsx = await extractDocxText(await zip.generateAsync({ type: 'nodebuffer' })).catch((e: unknown) => e);
    expect(isAppError(xlsx) && xlsx.message).toContain('不是有效的 Word 文档');
  });
});
