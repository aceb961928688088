import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { ReviewStats } from '../../api/review';
import { EChart } from '../../components/EChart';

// The shared EChart registers pies only; this page adds bars.
echarts.use([BarChart, GridComponent]);

/** Opinions issued per month of the year. */
export default function StatsCharts({ stats }: { stats: ReviewStats }) {
  const months = Array.from(
    { length: 12 },
    (_, i) => `${stats.year}-${String(i + 1).padStart(2, '0')}`,
  );
  return (
    <EChart
      height={240}
      testId="review-month-chart"
      option={{
        tooltip: { trigger: 'axis' },
        grid: { left: 40, right: 16, top: 16, bottom: 28 },
        xAxis: { type: 'category', data: months.map((m) => `${Number(m.slice(5))}月`) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: '出具审查意见',
            data: months.map((m) => stats.byMonth.find((b) => b.month === m)?.count ?? 0),
            itemStyle: { color: '#1677ff' },
          },
        ],
      }}
    />
  );
}
