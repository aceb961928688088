import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { Cockpit } from '../../../api/cockpit';
import { EChart } from '../../../components/EChart';

// The shared EChart registers pies only; the cockpit adds lines and bars.
echarts.use([BarChart, LineChart, GridComponent]);

/** 按月趋势: each module's records per month; a point opens that month's list. */
export function TrendChart({
  cockpit,
  onOpen,
}: {
  cockpit: Cockpit;
  onOpen: (web: string, month: string) => void;
}) {
  return (
    <EChart
      height={280}
      testId="cockpit-trend-chart"
      onClick={(c) => {
        const t = cockpit.trends[c.seriesIndex];
        const month = cockpit.months[c.dataIndex];
        if (t && month) onOpen(t.web, month);
      }}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: cockpit.trends.map((t) => t.label) },
        grid: { left: 48, right: 24, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: cockpit.months.map((m) => `${Number(m.slice(5))}月`) },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: cockpit.trends.map((t) => ({
          type: 'line',
          name: t.label,
          data: t.counts,
          symbolSize: 8,
        })),
      }}
    />
  );
}

/** 各模块在办与超期: open items and overdue clocks per module; a bar opens the module's list. */
export function OpenItemsChart({
  cockpit,
  onOpen,
}: {
  cockpit: Cockpit;
  onOpen: (web: string) => void;
}) {
  const rows = cockpit.modules;
  return (
    <EChart
      height={260}
      testId="cockpit-open-chart"
      onClick={(c) => {
        const web = rows[c.dataIndex]?.web;
        if (web) onOpen(web);
      }}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { data: ['在办', '已超期'] },
        grid: { left: 48, right: 24, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: rows.map((m) => m.module) },
        yAxis: { type: 'value', minInterval: 1, name: '件' },
        series: [
          {
            type: 'bar',
            name: '在办',
            data: rows.map((m) => m.open),
            itemStyle: { color: '#1677ff' },
          },
          {
            type: 'bar',
            name: '已超期',
            data: rows.map((m) => m.overdue),
            itemStyle: { color: '#ff4d4f' },
          },
        ],
      }}
    />
  );
}
