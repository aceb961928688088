import { Document, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipBomb } from '../../../core/documents/zip-bomb.fixture.js';
import { docxText } from './request-fixtures.js';
import {
  BLOCK,
  ID_NUMBER_PATTERN,
  markedPattern,
  PHONE_PATTERN,
  redactDocx,
  redactXml,
  type RedactionCount,
} from './redact-docx.js';
import { decodeEntities, everyPartDocx, SECRET_PARTS } from './redact-docx.fixture.js';
import { XmlFormatError } from './xml-tree.js';

const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;

describe('redacting DOCX text (区分处理)', () => {
  it('blacks out an ID number split across runs, keeping every other character and the run structure', () => {
    const xml = `<w:body><w:p>${run('申请人身份证号3302821985')}${run('0312001')}${run('1，电话13905741234。')}</w:p><w:p>${run('第二段&amp;')}</w:p></w:body>`;
    const counts: RedactionCount[] = [
      { kind: 'id_number', ground: 'personal_privacy', count: 0, samples: [] },
      { kind: 'phone', ground: 'personal_privacy', count: 0, samples: [] },
    ];
    const out = redactXml(
      xml,
      [
        { kind: 'id_number', ground: 'personal_privacy', pattern: ID_NUMBER_PATTERN },
        { kind: 'phone', ground: 'personal_privacy', pattern: PHONE_PATTERN },
      ],
      counts,
    );
    expect(out).toBe(
      `<w:body><w:p>${run(`申请人身份证号${BLOCK.repeat(10)}`)}${run(BLOCK.repeat(7))}${run(`${BLOCK}，电话${BLOCK.repeat(11)}。`)}</w:p><w:p>${run('第二段&amp;')}</w:p></w:body>`,
    );
    expect(counts.map((c) => [c.count, c.samples])).toEqual([
      [1, ['330282********0011']],
      [1, ['139****1234']],
    ]);
  });

  it('never joins text across paragraphs', () => {
    const counts: RedactionCount[] = [
      { kind: 'marked', ground: 'trade_secret', count: 0, samples: [] },
    ];
    const out = redactXml(
      `<w:body><w:p>${run('报价')}</w:p><w:p>${run('单价')}</w:p></w:body>`,
      [{ kind: 'marked', ground: 'trade_secret', pattern: markedPattern('报价单价') }],
      counts,
    );
    expect(counts[0]!.count).toBe(0);
    expect(out).not.toContain(BLOCK);
  });

  it('redacts a whole document and clears its author', async () => {
    const doc = new Document({
      creator: '王经办',
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new TextRun(
                  '被征收户：李四，身份证330282198503120011，联系电话0574-63001234。补偿款：人民币（每平方米）3200元。',
                ),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const out = await redactDocx(bytes, [
      { kind: 'marked', ground: 'personal_privacy', pattern: markedPattern('李四') },
      { kind: 'id_number', ground: 'personal_privacy', pattern: ID_NUMBER_PATTERN },
      { kind: 'phone', ground: 'personal_privacy', pattern: PHONE_PATTERN },
    ]);
    const text = await docxText(out.bytes);
    expect(text).toBe(
      `被征收户：${BLOCK.repeat(2)}，身份证${BLOCK.repeat(18)}，联系电话${BLOCK.repeat(13)}。补偿款：人民币（每平方米）3200元。`,
    );
    expect(out.counts.map((c) => c.count)).toEqual([1, 1, 1]);
    expect(out.bytes.toString('latin1')).not.toContain('王经办');
  });

  it('refuses malformed or hostile XML with a 400 and a zip bomb with a 422 (issue #8)', async () => {
    const counts: RedactionCount[] = [];
    expect(() => redactXml(`<w:p>${'<w:t '.repeat(200_000)}`, [], counts)).toThrow(XmlFormatError);
    expect(() => redactXml(`${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`, [], counts)).toThrow(
      XmlFormatError,
    );
    const bad = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [] })));
    bad.file('word/document.xml', '<w:document><w:body><w:p>');
    await expect(
      redactDocx(await bad.generateAsync({ type: 'nodebuffer' }), []),
    ).rejects.toMatchObject({ status: 400 });
    await expect(redactDocx(zipBomb('word/document.xml', 300), [])).rejects.toMatchObject({
      status: 422,
      code: 'ARCHIVE_LIMIT_EXCEEDED',
    });
  });

  it('removes a term from every part: revisions, field codes, comments, headers, footers, properties', async () => {
    const bytes = await everyPartDocx();
    const out = await redactDocx(bytes, [
      { kind: 'marked', ground: 'personal_privacy', pattern: markedPattern('李四') },
      { kind: 'id_number', ground: 'personal_privacy', pattern: ID_NUMBER_PATTERN },
      { kind: 'phone', ground: 'personal_privacy', pattern: PHONE_PATTERN },
    ]);
    const zip = await JSZip.loadAsync(out.bytes);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    expect(names).toEqual(expect.arrayContaining(SECRET_PARTS));
    for (const name of names) {
      const xml = decodeEntities(await zip.file(name)!.async('string'));
      for (const secret of ['李四', '330282198503120011', '13905741234', '王经办', '赵审核'])
        expect(xml, `${name} still holds ${secret}`).not.toContain(secret);
    }
    // Every part that held a match says so, and the released body is what Word will show.
    expect(out.parts.map((p) => p.part).sort()).toEqual(
      SECRET_PARTS.filter((p) => p !== 'word/people.xml').sort(),
    );
    expect(out.text).toBe(`申请人：${BLOCK.repeat(2)}，身份证${BLOCK.repeat(18)}。`);
    expect(out.counts.map((c) => c.count)).toEqual([7, 6, 2]);
    // The package still opens: the body reads back through the review module's DOCX reader.
    expect(await docxText(out.bytes)).toBe(
      `申请人：${BLOCK.repeat(2)}，身份证${BLOCK.repeat(18)}。`,
    );
  });

  it('refuses to release an embedded object that holds a term it cannot redact', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [] })));
    zip.file('word/embeddings/oleObject1.bin', Buffer.from('名单：李四', 'utf16le'));
    await expect(
      redactDocx(await zip.generateAsync({ type: 'nodebuffer' }), [
        { kind: 'marked', ground: 'personal_privacy', pattern: markedPattern('李四') },
      ]),
    ).rejects.toMatchObject({ status: 422, code: 'REDACTION_EMBEDDED_PART' });
  });
});
