import { Document, Packer } from 'docx';
import JSZip from 'jszip';

/**
 * A DOCX that hides one person's data in every place Word keeps text: the body (split across runs,
 * one digit entity-encoded, the name inside a tracked insertion), a tracked deletion, field codes
 * (w:instrText and a w:fldSimple instruction), a comment, a header, a footer, the core, app and custom
 * properties, and people.xml. Authors 王经办 (drafter) and 赵审核 (reviser) are names too.
 */
export const SECRET_PARTS = [
  'word/document.xml',
  'word/comments.xml',
  'word/header1.xml',
  'word/footer1.xml',
  'docProps/core.xml',
  'docProps/app.xml',
  'docProps/custom.xml',
  'word/people.xml',
];

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const t = (s: string) => `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`;
const REV = 'w:id="1" w:author="赵审核" w:date="2024-11-20T10:00:00Z"';

const PARTS: Record<string, string> = {
  'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${W}><w:body>
<w:p>${t('申请人：')}<w:ins ${REV}>${t('李四')}</w:ins>${t('，身份证')}${t('33028219850')}${t('&#51;120011')}${t('。')}</w:p>
<w:p><w:del ${REV}><w:r><w:delText>旧号码13905741234，李四</w:delText></w:r></w:del></w:p>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "mailto:330282198503120011@x.cn" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" AUTHOR &quot;李四&quot; "/></w:p>
<w:sectPr/></w:body></w:document>`,
  'word/comments.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments ${W}><w:comment w:id="0" w:author="赵审核" w:initials="赵"><w:p>${t('李四的身份证330282198503120011')}</w:p></w:comment></w:comments>`,
  'word/header1.xml': `<w:hdr ${W}><w:p>${t('联系电话13905741234')}</w:p></w:hdr>`,
  'word/footer1.xml': `<w:ftr ${W}><w:p>${t('李四 330282198503120011')}</w:p></w:ftr>`,
  'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>关于李四的答复</dc:title><dc:creator>王经办</dc:creator><cp:lastModifiedBy>赵审核</cp:lastModifiedBy><cp:keywords>330282198503120011</cp:keywords></cp:coreProperties>`,
  'docProps/app.xml': `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Company>王经办工作室</Company><Manager>赵审核</Manager><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>李四</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
  'docProps/custom.xml': `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="申请人证件"><vt:lpwstr>330282198503120011</vt:lpwstr></property></Properties>`,
  'word/people.xml': `<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"><w15:person w15:author="赵审核"><w15:presenceInfo w15:providerId="None" w15:userId="赵审核"/></w15:person></w15:people>`,
};

export async function everyPartDocx(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ sections: [] })));
  for (const [name, xml] of Object.entries(PARTS)) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** XML text with its character references and predefined entities decoded, to search it for data. */
export const decodeEntities = (xml: string) =>
  xml
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!,
    );
