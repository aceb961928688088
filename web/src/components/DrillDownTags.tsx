import { Space, Tag } from 'antd';
import { useTown } from '../lib/town';

interface DrillDown {
  year?: number | undefined;
  decidedYear?: number | undefined;
  month?: string | undefined;
  townId?: string | undefined;
}

/**
 * The filters a drill-down link brought to a list (year, month, town), each shown as a tag that the
 * user can close to widen the list again.
 */
export function DrillDownTags({
  value,
  onClear,
}: {
  value: DrillDown;
  onClear: (key: keyof DrillDown) => void;
}) {
  const { towns } = useTown();
  const tags: [keyof DrillDown, string][] = [];
  if (value.year) tags.push(['year', `${value.year}年`]);
  if (value.decidedYear) tags.push(['decidedYear', `决定年度 ${value.decidedYear}`]);
  if (value.month) tags.push(['month', `月份 ${value.month}`]);
  if (value.townId)
    tags.push(['townId', towns.find((t) => t.id === value.townId)?.name ?? '指定乡镇']);
  if (!tags.length) return null;
  return (
    <Space size={4} data-testid="drill-down-tags">
      {tags.map(([key, label]) => (
        <Tag key={key} closable onClose={() => onClear(key)}>
          {label}
        </Tag>
      ))}
    </Space>
  );
}
