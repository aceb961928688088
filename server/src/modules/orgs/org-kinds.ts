import type { OrgKind } from '../../core/db/schema.js';

export const KIND_LABELS: Record<OrgKind, string> = {
  province: '省',
  city: '市',
  county: '县（市、区）',
  town: '乡镇（街道）',
  village: '村',
  community: '社区',
  unit: '内设机构',
  external: '外部机构',
};
