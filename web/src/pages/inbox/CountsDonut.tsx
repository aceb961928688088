import type { InboxCounts } from '../../api/inbox';
import { EChart } from '../../components/EChart';
import { ListEmpty } from '../../components/ListEmpty';

/** The inbox's traffic light as a donut: overdue red, due soon yellow, on track green. */
export default function CountsDonut({ counts }: { counts: InboxCounts }) {
  if (!counts.total) return <ListEmpty text="暂无待办" />;
  const data = [
    { name: '已超期', value: counts.overdue, itemStyle: { color: '#d4380d' } },
    { name: '即将到期', value: counts.due_soon, itemStyle: { color: '#faad14' } },
    { name: '未到期', value: counts.on_track, itemStyle: { color: '#52c41a' } },
  ];
  return (
    <EChart
      height={260}
      testId="inbox-donut"
      option={{
        tooltip: { trigger: 'item', formatter: '{b}：{c} 项（{d}%）' },
        legend: { bottom: 0 },
        title: {
          text: String(counts.total),
          subtext: '待办总数',
          left: 'center',
          top: '34%',
          textStyle: { fontSize: 26 },
        },
        series: [
          {
            type: 'pie',
            radius: ['50%', '72%'],
            center: ['50%', '45%'],
            label: { show: false },
            data,
          },
        ],
      }}
    />
  );
}
