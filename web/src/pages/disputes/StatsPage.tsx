import { Card, InputNumber, Space, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { disputesApi, type DisputeStats } from '../../api/disputes';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';

const SourcesChart = lazy(() => import('./SourcesChart'));

type Indicator = DisputeStats['indicators'][number];

/**
 * 矛调统计: the 2024 report's dispute indicators, each counted from the records as numerator/denominator
 * with its definition and cut-off date, and the four sources (四源) by month.
 */
export default function StatsPage() {
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const { townId, townName } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => disputesApi.stats({ year, ...(townId ? { orgId: townId } : {}) }),
    [year, townId],
  );
  return (
    <Card
      title={`矛调统计${townName ? `（${townName}）` : ''}`}
      variant="borderless"
      extra={
        <Space>
          年度
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
            data-testid="disputes-stats-year"
          />
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Indicator>
        rowKey="key"
        size="small"
        pagination={false}
        loading={loading}
        scroll={{ x: 700 }}
        dataSource={data?.indicators ?? []}
        data-testid="disputes-stats-table"
        columns={[
          { title: '指标', dataIndex: 'label', width: 170 },
          {
            title: '数值',
            width: 90,
            render: (_, r) =>
              r.denominator === null
                ? `${r.numerator}件`
                : r.percent === null
                  ? '—'
                  : `${r.percent}%`,
          },
          {
            title: '分子/分母',
            width: 100,
            render: (_, r) => (r.denominator === null ? '—' : `${r.numerator}/${r.denominator}`),
          },
          { title: '口径', dataIndex: 'definition' },
          { title: '截止日', dataIndex: 'asOf', width: 110 },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        四源受理纠纷（按月）
      </Typography.Title>
      {data && (
        <Suspense fallback={<PageSpin />}>
          <SourcesChart sources={data.sources} />
        </Suspense>
      )}
      {data && (
        <Typography.Paragraph type="secondary">{data.sourcesDefinition}</Typography.Paragraph>
      )}
    </Card>
  );
}
