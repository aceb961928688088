import { Card, InputNumber, Space, Table, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { reportApi, type TownRow } from '../../api/report';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';
import { useRequest } from '../../lib/use-request';

/**
 * 各乡镇对比 (the county's view): every town in the caller's scope side by side — each indicator a
 * sortable column (the ranking), and whether the town has submitted its annual report (报送).
 */
export default function TownsPage() {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || Number(todayInShanghai().slice(0, 4)) - 1;
  const { data, error, loading, reload } = useRequest(() => reportApi.towns(year), [year]);
  const indicatorColumns = (data?.indicators ?? []).map((i) => ({
    title: `${i.figure ?? ''} ${i.name}`,
    key: i.key,
    width: 120,
    sorter: (a: TownRow, b: TownRow) =>
      (a.values[i.key] ?? -Infinity) - (b.values[i.key] ?? -Infinity),
    render: (_: unknown, t: TownRow) => t.values[i.key] ?? '—',
  }));
  return (
    <Card
      title="各乡镇对比"
      variant="borderless"
      extra={
        <Space>
          年度
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            onChange={(y) => y && setParams({ year: String(y) })}
          />
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table
        rowKey="townId"
        size="small"
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data?.towns ?? []}
        data-testid="towns-table"
        columns={[
          { title: '乡镇', dataIndex: 'name', fixed: 'left', width: 120 },
          {
            title: '年度报告',
            key: 'status',
            width: 110,
            render: (_: unknown, t: TownRow) => (
              <Tag color={t.submitted ? 'green' : t.status ? 'gold' : 'red'}>{t.statusLabel}</Tag>
            ),
          },
          ...indicatorColumns,
        ]}
      />
    </Card>
  );
}
