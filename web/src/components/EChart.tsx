import { PieChart } from 'echarts/charts';
import { LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the charts here use: the full echarts bundle is ~370 kB gzip.
echarts.use([PieChart, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

type EChartOption = Parameters<echarts.ECharts['setOption']>[0];

/** What was clicked: the series and the category (x-axis label or slice name). */
interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  name: string;
}

/** An ECharts chart that follows its container's width; `onClick` makes its marks open something. */
export function EChart({
  option,
  height = 280,
  testId,
  onClick,
}: {
  option: EChartOption;
  height?: number;
  testId?: string;
  onClick?: (c: ChartClick) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) =>
      click.current?.({
        seriesIndex: p.seriesIndex ?? 0,
        dataIndex: p.dataIndex,
        name: p.name,
      }),
    );
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return (
    <div
      ref={ref}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
      data-testid={testId}
    />
  );
}
