import { Document, Packer, Paragraph, TextRun } from 'docx';
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
      `<w:p>${run('报价')}</w:p><w:p>${run('单价')}</w:p>`,
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

  it('reads unclosed "<w:t" tags in one pass and refuses a zip bomb with a 422 (issue #8)', async () => {
    const counts: RedactionCount[] = [
      { kind: 'phone', ground: 'personal_privacy', count: 0, samples: [] },
    ];
    const hostile = `<w:p>${'<w:t '.repeat(200_000)}${run('13800000000')}</w:p>`;
    expect(
      redactXml(
        hostile,
        [{ kind: 'phone', ground: 'personal_privacy', pattern: PHONE_PATTERN }],
        counts,
      ),
    ).toContain(BLOCK.repeat(11));
    expect(counts[0]!.count).toBe(1);
    await expect(redactDocx(zipBomb('word/document.xml', 300), [])).rejects.toMatchObject({
      status: 422,
      code: 'ARCHIVE_LIMIT_EXCEEDED',
    });
  });
});
