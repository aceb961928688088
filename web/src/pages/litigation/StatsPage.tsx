import { Card, Col, Input, InputNumber, Row, Select, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { litigationApi, type LitigationStats } from '../../api/litigation';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';

type Ratio = LitigationStats['lossRate'];

/**
 * 复议应诉统计: 发案量, 出庭应诉率, 纠错率 (with its denominator chosen) and 败诉率 for a year, each as
 * numerator/denominator with its definition and the cut-off date (the 2024 report counted to 11月30日).
 */
export default function StatsPage() {
  const [year, setYear] = useState(Number(todayInShanghai().slice(0, 4)));
  const [asOf, setAsOf] = useState('');
  const [base, setBase] = useState('concluded');
  const { townId, townName } = useTown();
  const { data, error, loading, reload } = useRequest(
    () =>
      litigationApi.stats({
        year,
        base,
        ...(asOf ? { asOf } : {}),
        ...(townId ? { orgId: townId } : {}),
      }),
    [year, asOf, base, townId],
  );
  const rows: (Ratio & { key: string; name: string })[] = data
    ? [
        { key: 'appearance', name: '出庭应诉率', ...data.appearanceRate },
        { key: 'correction', name: '复议纠错率', ...data.correctionRate },
        { key: 'loss', name: '行政诉讼败诉率', ...data.lossRate },
      ]
    : [];
  return (
    <Card
      title={`复议应诉统计${townName ? `（${townName}）` : ''}`}
      variant="borderless"
      extra={
        <Space wrap>
          年度
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setYear(y)}
            data-testid="litigation-stats-year"
          />
          截止日
          <Input
            type="date"
            value={asOf}
            onChange={(e) => setAsOf(e.target.value)}
            style={{ width: 150 }}
            data-testid="litigation-stats-asof"
          />
          <Select
            value={base}
            onChange={setBase}
            style={{ width: 220 }}
            options={[
              { value: 'concluded', label: '纠错率分母：审结数' },
              { value: 'decided', label: '纠错率分母：审结数减调撤数' },
            ]}
          />
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={12} md={8}>
          <Statistic
            title="行政诉讼发案量（件）"
            value={data?.filed.lawsuits ?? 0}
            loading={loading}
            valueRender={(v) => <span data-testid="litigation-stats-lawsuits">{v}</span>}
          />
        </Col>
        <Col xs={12} md={8}>
          <Statistic
            title="行政复议发案量（件）"
            value={data?.filed.reconsiderations ?? 0}
            loading={loading}
            valueRender={(v) => <span data-testid="litigation-stats-reviews">{v}</span>}
          />
        </Col>
        <Col xs={12} md={8}>
          <Statistic
            title="行政复议纠错案件（件）"
            value={data?.corrections.count ?? 0}
            loading={loading}
            valueRender={(v) => <span data-testid="litigation-stats-corrections">{v}</span>}
          />
        </Col>
      </Row>
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        loading={loading}
        dataSource={rows}
        data-testid="litigation-stats-table"
        columns={[
          { title: '指标', dataIndex: 'name', width: 140 },
          {
            title: '比率',
            width: 90,
            render: (_, r) => (r.rate === null ? '—' : `${r.rate}%`),
          },
          { title: '分子/分母', width: 100, render: (_, r) => `${r.numerator}/${r.denominator}` },
          { title: '口径', dataIndex: 'definition' },
          { title: '截止日', dataIndex: 'asOf', width: 110 },
        ]}
      />
    </Card>
  );
}
