import type { CockpitIndicator, Light } from '../../../api/cockpit';

/** The cockpit's colours (rules: server/src/modules/report/cockpit-status.ts). */
export const LIGHT: Record<Light, { color: string; tag: string; label: string }> = {
  green: { color: '#52c41a', tag: 'green', label: '正常' },
  yellow: { color: '#faad14', tag: 'gold', label: '需关注' },
  red: { color: '#ff4d4f', tag: 'red', label: '需督办' },
};

const UNIT: Record<CockpitIndicator['unit'], string> = { count: '', yuan: '元', percent: '%' };

export const shown = (v: number | null, unit: CockpitIndicator['unit']) =>
  v === null ? '—' : `${v.toLocaleString('zh-CN')}${UNIT[unit]}`;
