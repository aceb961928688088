import type { ReactNode } from 'react';
import { Alert, Card, Col, Empty, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { cockpitApi, type CockpitTown } from '../../../api/cockpit';
import { EChart } from '../../../components/EChart';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { LIGHT } from './lights';

echarts.use([BarChart, GridComponent]);

const UNIT: Record<string, string> = { count: '', yuan: '元', percent: '%' };

/**
 * 各乡镇驾驶舱 (county and above): one indicator ranked over every town in scope, a grid of the towns
 * with their open and overdue items, and the towns that have not submitted their annual report; any
 * town opens its own cockpit.
 */
export function TownsView({
  year,
  indicator,
  yearPicker,
  onIndicator,
  onTown,
}: {
  year: number;
  indicator: string | undefined;
  yearPicker: ReactNode;
  onIndicator: (key: string) => void;
  onTown: (townId: string) => void;
}) {
  const { data, error, loading, reload } = useRequest(
    () => cockpitApi.towns(year, indicator),
    [year, indicator],
  );
  const unit = UNIT[data?.indicator.unit ?? 'count'] ?? '';
  const ranked = [...(data?.towns ?? [])].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity),
  );
  return (
    <Card
      title="驾驶舱 · 各乡镇"
      variant="borderless"
      extra={
        <Space wrap>
          <Select
            style={{ width: 300 }}
            value={data?.indicator.key}
            onChange={onIndicator}
            options={(data?.indicators ?? []).map((i) => ({
              value: i.key,
              label: `${i.figure ? `${i.figure} ` : ''}${i.name}`,
            }))}
            showSearch
            optionFilterProp="label"
            data-testid="cockpit-indicator"
          />
          {yearPicker}
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      {data && (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {data.notSubmitted.length ? (
            <Alert
              type="warning"
              showIcon
              data-testid="cockpit-not-submitted"
              message={`${data.year}年度法治政府建设报告尚未报送：${data.notSubmitted.length}个乡镇`}
              description={
                <Space wrap>
                  {data.notSubmitted.map((t) => (
                    <Tag
                      key={t.townId}
                      style={{ cursor: 'pointer' }}
                      onClick={() => onTown(t.townId)}
                    >
                      {t.name}（{t.statusLabel}）
                    </Tag>
                  ))}
                </Space>
              }
            />
          ) : (
            <Alert type="success" showIcon message={`${data.year}年度报告各乡镇均已报送`} />
          )}
          <Row gutter={[12, 12]} data-testid="cockpit-town-grid">
            {data.towns.map((t) => (
              <Col key={t.townId} xs={12} md={8} xl={6}>
                <Card
                  size="small"
                  hoverable
                  onClick={() => onTown(t.townId)}
                  style={{ borderTop: `3px solid ${LIGHT[t.light].color}` }}
                  data-testid={`town-card-${t.name}`}
                >
                  <Typography.Text strong>{t.name}</Typography.Text>
                  <div style={{ fontSize: 20 }}>
                    {t.value === null ? '—' : `${t.value.toLocaleString('zh-CN')}${unit}`}
                  </div>
                  <Space size={4} wrap>
                    {t.rank !== null && <Tag>第{t.rank}名</Tag>}
                    <Tag color={LIGHT[t.light].tag}>
                      在办{t.open}·超期{t.overdue}
                    </Tag>
                    <Tag color={t.submitted ? 'green' : 'red'}>{t.statusLabel}</Tag>
                  </Space>
                </Card>
              </Col>
            ))}
          </Row>
          {data.towns.length > 0 && (
            <EChart
              height={240}
              testId="cockpit-towns-chart"
              onClick={(c) => {
                const t = ranked[c.dataIndex];
                if (t) onTown(t.townId);
              }}
              option={{
                tooltip: { trigger: 'axis' },
                grid: { left: 60, right: 24, top: 24, bottom: 28 },
                xAxis: { type: 'category', data: ranked.map((t) => t.name) },
                yAxis: { type: 'value', name: unit || '件' },
                series: [
                  {
                    type: 'bar',
                    name: data.indicator.name,
                    data: ranked.map((t) => t.value),
                    itemStyle: { color: '#1677ff' },
                  },
                ],
              }}
            />
          )}
          <Table<CockpitTown>
            rowKey="townId"
            size="small"
            loading={loading}
            pagination={false}
            dataSource={ranked}
            data-testid="cockpit-ranking"
            locale={{ emptyText: <Empty description="范围内没有乡镇" /> }}
            onRow={(t) => ({ onClick: () => onTown(t.townId), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: '排名',
                dataIndex: 'rank',
                width: 70,
                render: (r: number | null) => r ?? '—',
              },
              { title: '乡镇', dataIndex: 'name' },
              {
                title: data.indicator.name,
                dataIndex: 'value',
                render: (v: number | null) =>
                  v === null ? '—' : `${v.toLocaleString('zh-CN')}${unit}`,
              },
              { title: '在办', dataIndex: 'open', width: 70 },
              { title: '已超期', dataIndex: 'overdue', width: 80 },
              {
                title: '年度报告',
                dataIndex: 'statusLabel',
                width: 110,
                render: (l: string, t) => <Tag color={t.submitted ? 'green' : 'red'}>{l}</Tag>,
              },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}
