import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOfficialLetter, buildRecordPaper, type OfficialLetterInput } from './docx-letter.js';

const INPUT: OfficialLetterInput = {
  issuer: '慈溪市桥头镇人民政府',
  docNumber: '桥法审〔2024〕12号',
  title: '关于《桥头镇农村宅基地管理办法（草案）》的合法性审查意见',
  recipient: '镇农业农村办公室',
  blocks: [
    { kind: 'paragraph', text: '你办报送的草案收悉。经审查，现提出如下意见：' },
    { kind: 'heading1', text: '审查依据' },
    { kind: 'heading2', text: '法律法规' },
    { kind: 'paragraph', text: '《中华人民共和国土地管理法》第六十二条。' },
    { kind: 'heading1', text: '二、审查结论' },
  ],
  attachments: ['修改建议对照表', '相关法律条文摘录。'],
  signatory: '慈溪市桥头镇人民政府',
  date: '2024-11-20',
  cc: ['慈溪市司法局', '镇党建综合办公室'],
};

/** The paragraph (w:p) whose text contains `needle`, as raw XML. */
function paragraphWith(xml: string, needle: string): string {
  const p = xml
    .split('<w:p>')
    .concat(xml.split('<w:p '))
    .find((chunk) => chunk.includes(needle) && chunk.includes('</w:p>'));
  if (!p) throw new Error(`no paragraph containing ${needle}`);
  return p.slice(0, p.indexOf('</w:p>'));
}

describe('buildOfficialLetter (GB/T 9704-2012)', () => {
  let doc: string;
  let styles: string;
  let footers: string[];
  let settings: string;

  beforeAll(async () => {
    const buf = await buildOfficialLetter(INPUT);
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const zip = await JSZip.loadAsync(buf);
    doc = await zip.file('word/document.xml')!.async('string');
    styles = await zip.file('word/styles.xml')!.async('string');
    settings = await zip.file('word/settings.xml')!.async('string');
    footers = await Promise.all(zip.file(/word\/footer\d+\.xml/).map((f) => f.async('string')));
  });

  it('uses A4 in twips and the standard margins', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^/]*)\/>/.exec(doc)![1]!;
    expect(mar).toContain('w:top="2098"'); // 37 mm
    expect(mar).toContain('w:bottom="1984"'); // 35 mm
    expect(mar).toContain('w:left="1587"'); // 28 mm
    expect(mar).toContain('w:right="1474"'); // 26 mm
  });

  it('lays the body on a 28 × 22 grid', () => {
    const grid = /<w:docGrid ([^/]*)\/>/.exec(doc)![1]!;
    expect(grid).toContain('w:type="linesAndChars"');
    expect(grid).toContain('w:linePitch="579"');
    expect(grid).toContain('w:charSpace="-841"');
    // The grid's reference font is the Normal style: 三号 仿宋.
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋_GB2312".*<w:sz w:val="32"\/>/s);
  });

  it('prints the issuer in red 小标宋 and the 文号 centred above a red rule', () => {
    const issuer = paragraphWith(doc, '慈溪市桥头镇人民政府</w:t>');
    expect(issuer).toContain('w:eastAsia="方正小标宋简体"');
    expect(issuer).toContain('<w:color w:val="FF0000"/>');
    const number = paragraphWith(doc, '桥法审〔2024〕12号');
    expect(number).toContain('<w:jc w:val="center"/>');
    expect(number).toMatch(/<w:bottom [^>]*w:color="FF0000"/);
  });

  it('sets the title in 二号 小标宋, centred', () => {
    const title = paragraphWith(doc, '合法性审查意见');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
  });

  it('sets body text in 三号 仿宋 with a two-character indent and numbered headings', () => {
    expect(paragraphWith(doc, '镇农业农村办公室：')).not.toContain('w:firstLine');
    const para = paragraphWith(doc, '你办报送的草案收悉');
    expect(para).toContain('w:eastAsia="仿宋_GB2312"');
    expect(para).toContain('<w:sz w:val="32"/>');
    expect(para).toContain('w:firstLineChars="200"');
    const h1 = paragraphWith(doc, '一、审查依据');
    expect(h1).toContain('w:eastAsia="黑体"');
    expect(h1).toContain('<w:sz w:val="32"/>');
    expect(paragraphWith(doc, '（一）法律法规')).toContain('w:eastAsia="楷体_GB2312"');
    // A heading that already carries its ordinal is not numbered twice.
    expect(doc).toContain('>二、审查结论<');
    expect(doc).not.toContain('二、二、');
  });

  it('lists attachments, signs and dates the letter, and copies in the cc organs', () => {
    expect(doc).toContain('附件：1.修改建议对照表');
    expect(doc).toContain('>2.相关法律条文摘录<');
    expect(paragraphWith(doc, '2024年11月20日')).toContain('<w:jc w:val="right"/>');
    const cc = paragraphWith(doc, '抄送：');
    expect(cc).toContain('抄送：慈溪市司法局，镇党建综合办公室。');
    expect(cc).toContain('<w:sz w:val="28"/>');
  });

  it('numbers pages “— n —” in 4号 宋体, right on odd pages and left on even', () => {
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(footers).toHaveLength(2);
    for (const f of footers) {
      expect(f).toContain('— </w:t>');
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(f).toContain(' —</w:t>');
      expect(f).toContain('w:eastAsia="宋体"');
      expect(f).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort()).toEqual([
      'left',
      'right',
    ]);
  });

  it('keeps the issuer on one line however long its name is', async () => {
    const zip = await JSZip.loadAsync(
      await buildOfficialLetter({
        ...INPUT,
        issuer: '中共慈溪市桥头镇委员会慈溪市桥头镇人民政府文件',
      }),
    );
    const xml = await zip.file('word/document.xml')!.async('string');
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(paragraphWith(xml, '人民政府文件'))![1]);
    expect(size * 10 * 23).toBeLessThanOrEqual(8845);
  });
});

describe('buildRecordPaper (a 案卷 paper without 版头)', () => {
  it('keeps the page, grid and 正文 rules but has no 发文机关标志 or 文号 line', async () => {
    const buf = await buildRecordPaper({
      title: '风险评估报告',
      blocks: [
        { kind: 'heading1', text: '风险点' },
        { kind: 'paragraph', text: '道路开挖影响沿街商户经营。' },
      ],
      signed: { by: '镇社会治理中心', on: '2025-03-03' },
      keeper: '经济发展办公室',
    });
    const doc = await (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(/<w:docGrid ([^/]*)\/>/.exec(doc)![1]).toContain('w:type="linesAndChars"');
    expect(paragraphWith(doc, '风险评估报告')).toContain('方正小标宋简体');
    expect(paragraphWith(doc, '一、风险点')).toContain('黑体');
    expect(paragraphWith(doc, '2025年3月3日')).toContain('<w:jc w:val="right"/>');
    expect(doc).not.toContain('FF0000');
  });
});
