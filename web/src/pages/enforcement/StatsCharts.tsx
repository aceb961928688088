import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EnforcementStats } from '../../api/enforcement';
import { EChart } from '../../components/EChart';

// The shared EChart registers pies only; this page adds bars.
echarts.use([BarChart, GridComponent]);

const sumBy = (groups: EnforcementStats['groups'], key: 'fieldLabel' | 'authorityBasisLabel') => {
  const out = new Map<string, { decisions: number; fines: number }>();
  for (const g of groups) {
    const s = out.get(g[key]) ?? { decisions: 0, fines: 0 };
    out.set(g[key], { decisions: s.decisions + g.decisions, fines: s.fines + g.fines });
  }
  return [...out.entries()];
};

/** Decisions and fines per 执法领域 (bars) and per 权力来源 (pie). */
export default function StatsCharts({ stats }: { stats: EnforcementStats }) {
  const fields = sumBy(stats.groups, 'fieldLabel');
  const bases = sumBy(stats.groups, 'authorityBasisLabel');
  return (
    <>
      <EChart
        height={260}
        testId="enforcement-field-chart"
        option={{
          tooltip: { trigger: 'axis' },
          legend: { data: ['处罚决定（件）', '罚款（元）'] },
          grid: { left: 60, right: 60, top: 36, bottom: 28 },
          xAxis: { type: 'category', data: fields.map(([k]) => k) },
          yAxis: [
            { type: 'value', minInterval: 1, name: '件' },
            { type: 'value', name: '元' },
          ],
          series: [
            {
              type: 'bar',
              name: '处罚决定（件）',
              data: fields.map(([, v]) => v.decisions),
              itemStyle: { color: '#1677ff' },
            },
            {
              type: 'bar',
              name: '罚款（元）',
              yAxisIndex: 1,
              data: fields.map(([, v]) => v.fines),
              itemStyle: { color: '#faad14' },
            },
          ],
        }}
      />
      <EChart
        height={240}
        testId="enforcement-basis-chart"
        option={{
          tooltip: { trigger: 'item' },
          legend: { bottom: 0 },
          series: [
            {
              type: 'pie',
              name: '权力来源',
              radius: ['35%', '65%'],
              data: bases.map(([name, v]) => ({ name, value: v.decisions })),
            },
          ],
        }}
      />
    </>
  );
}
