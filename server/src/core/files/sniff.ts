import { unzipBounded, ZipFormatError } from '../documents/safe-zip.js';

/** A type Fazhi accepts as an attachment, told by content alone. */
interface FileType {
  mime: string;
  ext: string;
  /** As users see it in messages. */
  label: string;
}

export const FILE_TYPES = {
  pdf: { mime: 'application/pdf', ext: 'pdf', label: 'PDF' },
  png: { mime: 'image/png', ext: 'png', label: 'PNG 图片' },
  jpeg: { mime: 'image/jpeg', ext: 'jpg', label: 'JPEG 图片' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    label: 'Word 文档（.docx）',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ext: 'xlsx',
    label: 'Excel 表格（.xlsx）',
  },
  // 版式文档 GB/T 33190-2016: a ZIP package whose entry point is OFD.xml.
  ofd: { mime: 'application/ofd', ext: 'ofd', label: 'OFD 版式文件' },
} as const satisfies Record<string, FileType>;

type FileTypeKey = keyof typeof FILE_TYPES;

/** "PDF、PNG 图片、…" for the 415 message. */
export const allowedTypesText = (
  keys: readonly FileTypeKey[] = Object.keys(FILE_TYPES) as FileTypeKey[],
): string => keys.map((k) => FILE_TYPES[k].label).join('、');

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

/**
 * OOXML and OFD are ZIP packages; which one is decided by the entries, never by the name. The
 * entries are listed within the ZIP limits (a package of more entries than any document has is a
 * 422) and nothing is inflated.
 */
async function zipKind(file: Buffer): Promise<FileTypeKey | null> {
  const names = new Set<string>();
  try {
    unzipBounded(file, (name) => {
      names.add(name);
      return false;
    });
  } catch (e) {
    if (e instanceof ZipFormatError) return null;
    throw e;
  }
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('OFD.xml')) return 'ofd';
  return null;
}

/**
 * The file's real type from its bytes, or null when it is none of the accepted ones. The uploaded
 * name and the declared content type are ignored: an .exe renamed .pdf is still an .exe.
 */
export async function sniffFileType(file: Buffer): Promise<FileTypeKey | null> {
  // PDF may be preceded by a little junk; readers look for the header in the first 1 KB.
  if (file.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(file, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(file, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(file, [0x50, 0x4b, 0x03, 0x04])) return zipKind(file);
  return null;
}
