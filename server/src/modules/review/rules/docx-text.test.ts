import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { zipBomb } from '../../../core/documents/zip-bomb.fixture.js';
import { isAppError } from '../../../core/errors.js';
import { extractDocxText, preReview } from './engine.js';

const build = (children: (Paragraph | Table)[]) =>
  Packer.toBuffer(new Document({ sections: [{ children }] }));

describe('extractDocxText', () => {
  it('keeps paragraph breaks, joins runs, reads tables and escapes', async () => {
    const buf = await build([
      new Paragraph({ children: [new TextRun({ text: '上林湖村村规民约', bold: true })] }),
      new Paragraph({
        children: [new TextRun('第一条 '), new TextRun('乱倒垃圾者'), new TextRun('罚款200元。')],
      }),
      new Paragraph({ children: [new TextRun('甲方 < 乙方 & "丙方"')] }),
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({ children: [new Paragraph('应到45人')] }),
              new TableCell({ children: [new Paragraph('同意38人')] }),
            ],
          }),
        ],
      }),
    ]);
    const text = await extractDocxText(buf);
    expect(text.split('\n')).toEqual([
      '上林湖村村规民约',
      '第一条 乱倒垃圾者罚款200元。',
      '甲方 < 乙方 & "丙方"',
      '应到45人',
      '同意38人',
    ]);
  });

  it('feeds the engine: hits point into the extracted text', async () => {
    const text = await extractDocxText(
      await build([
        new Paragraph('第五条 本村女子外嫁后户口未迁出的，不享受集体收益分配。'),
        new Paragraph('第六条 禁止在河道倾倒垃圾。'),
      ]),
    );
    const [hit, ...rest] = preReview({ kind: 'village_rules', text });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({
      ruleId: 'R4',
      clause: '第五条 本村女子外嫁后户口未迁出的，不享受集体收益分配。',
    });
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.clause);
  });

  it('refuses bytes that are not a Word document with a 400', async () => {
    const notZip = await extractDocxText(Buffer.from('%PDF-1.7')).catch((e: unknown) => e);
    expect(isAppError(notZip) && notZip.status).toBe(400);
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const xlsx = await extractDocxText(await zip.generateAsync({ type: 'nodebuffer' })).catch(
      (e: unknown) => e,
    );
    expect(isAppError(xlsx) && xlsx.message).toContain('不是有效的 Word 文档');
  });

  const docx = (body: string) =>
    Buffer.from(
      zipSync({
        'word/document.xml': new TextEncoder().encode(
          `<w:document xmlns:w="urn:w"><w:body>${body}</w:body></w:document>`,
        ),
      }),
    );

  it('counts tabs and breaks inside runs only, and leaves out deleted text and field codes', async () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>第一条</w:t><w:tab/><w:t xml:space="preserve">租期 </w:t></w:r>' +
      '<w:r><w:delText>三十年</w:delText><w:instrText>PAGE</w:instrText><w:t>二十年</w:t><w:br/><w:t>&#x6708;&amp;</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>完</w:t></w:r></w:p>';
    expect(await extractDocxText(docx(body))).toBe('第一条\t租期 二十年\n月&\n\n完');
  });

  it('reads 200 000 paragraphs in one pass and refuses 200 000 unclosed "<w:t" tags with a 400 (issue #8)', async () => {
    const paragraphs = Array.from(
      { length: 200_000 },
      (_, i) => `<w:p><w:r><w:t>${i}</w:t></w:r></w:p>`,
    ).join('');
    const text = await extractDocxText(docx(paragraphs));
    expect(text.split('\n')).toHaveLength(200_000);
    expect(text.endsWith('\n199999')).toBe(true);
    const hostile = await extractDocxText(
      docx(`<w:p><w:r>${'<w:t '.repeat(200_000)}</w:r></w:p>`),
    ).catch((e: unknown) => e);
    expect(isAppError(hostile) && hostile.status).toBe(400);
  });

  it('refuses a zip bomb with a 422 instead of inflating it', async () => {
    const e = await extractDocxText(zipBomb('word/document.xml', 200)).catch((x: unknown) => x);
    expect(isAppError(e) && e.status).toBe(422);
    expect(isAppError(e) && e.code).toBe('ARCHIVE_LIMIT_EXCEEDED');
  });
});
