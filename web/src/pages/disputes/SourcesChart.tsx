import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { DisputeStats } from '../../api/disputes';
import { EChart } from '../../components/EChart';

// The shared EChart registers pies only; this chart adds bars.
echarts.use([BarChart, GridComponent]);

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);

/** 四源 (警源、诉源、访源、险源): disputes received per month, stacked by source. */
export default function SourcesChart({ sources }: { sources: DisputeStats['sources'] }) {
  return (
    <EChart
      height={300}
      testId="disputes-sources-chart"
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: sources.map((s) => s.label) },
        grid: { left: 40, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: MONTHS },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: sources.map((s) => ({
          type: 'bar',
          stack: 'sources',
          name: s.label,
          data: s.byMonth,
        })),
      }}
    />
  );
}
