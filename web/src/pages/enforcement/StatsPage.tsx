import { Alert, Card, Col, InputNumber, Row, Space, Statistic, Table } from 'antd';
import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { enforcementApi, type EnforcementStats } from '../../api/enforcement';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageSpin } from '../../components/PageSpin';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';

const StatsCharts = lazy(() => import('./StatsCharts'));

type Group = EnforcementStats['groups'][number];

/**
 * 执法统计: a year's penalty decisions counted from the case records (by 决定日期), per field and
 * authority basis, with fine totals — the figures 表二 of the disclosure report reads.
 */
export default function StatsPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || Number(todayInShanghai().slice(0, 4));
  const { townId, townName } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => enforcementApi.stats(year, townId),
    [year, townId],
  );
  return (
    <Card
      title={`执法统计${townName ? `（${townName}）` : ''}`}
      variant="borderless"
      extra={
        <Space>
          年度
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setParams({ year: String(y) })}
            data-testid="stats-year"
          />
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      {data && data.training.below > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="stats-training-below"
          title={`${year} 年培训学时未达 ${data.training.required} 学时的执法人员：${data.training.officers
            .filter((o) => o.below)
            .map((o) => `${o.name}（${o.hours}）`)
            .join('、')}`}
        />
      )}
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={12}>
          <Statistic
            title={`${year} 年行政处罚决定（件）`}
            value={data?.decisions ?? 0}
            loading={loading}
            valueRender={(v) => <span data-testid="stats-decisions">{v}</span>}
          />
        </Col>
        <Col span={12}>
          <Statistic
            title="罚没款金额（元）"
            value={data?.fines ?? 0}
            loading={loading}
            prefix="¥"
            valueRender={(v) => <span data-testid="stats-fines">{v}</span>}
          />
        </Col>
      </Row>
      {data && data.groups.length > 0 && (
        <Suspense fallback={<PageSpin />}>
          <StatsCharts stats={data} />
        </Suspense>
      )}
      <Table<Group>
        rowKey={(g) => `${g.field}-${g.authorityBasis}`}
        dataSource={data?.groups ?? []}
        loading={loading}
        pagination={false}
        size="small"
        data-testid="stats-table"
        columns={[
          { title: '执法领域', dataIndex: 'fieldLabel' },
          { title: '权力来源', dataIndex: 'authorityBasisLabel' },
          { title: '处罚决定（件）', dataIndex: 'decisions' },
          {
            title: '罚款（元）',
            dataIndex: 'fines',
            render: (n: number) => n.toLocaleString('zh-CN'),
          },
        ]}
      />
    </Card>
  );
}
