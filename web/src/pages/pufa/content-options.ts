import type { Audience, ContentKind } from '../../api/pufa';

/** The server's CONTENT_KINDS and AUDIENCES (pufa.vocabulary.ts), as select options. */
export const KIND_OPTIONS: { value: ContentKind; label: string }[] = [
  { value: 'article', label: '普法文章' },
  { value: 'video', label: '普法视频' },
  { value: 'livestream', label: '普法直播' },
];

export const AUDIENCE_OPTIONS: { value: Audience; label: string }[] = [
  { value: 'public', label: '全体村（居）民' },
  { value: 'cadres', label: '国家工作人员' },
  { value: 'youth', label: '青少年' },
  { value: 'elderly', label: '老年人' },
  { value: 'women', label: '妇女' },
  { value: 'enterprises', label: '企业经营者' },
];
