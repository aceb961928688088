import { Card, Select, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import {
  villageApi,
  type Board,
  type BoardCategory,
  type PeriodCell,
} from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';

const COLORS: Record<PeriodCell['status'], string> = {
  on_time: 'green',
  late: 'gold',
  missing: 'red',
  open: 'blue',
  future: 'default',
};
const thisYear = new Date().getFullYear();

const shortPeriod = (p: string) => (p.includes('Q') ? p.slice(5) : `${Number(p.slice(5))}月`);

function CategoryCell({ c }: { c: BoardCategory }) {
  return (
    <Space orientation="vertical" size={2} data-testid={`board-cell-${c.category}`}>
      <Space size={2} wrap>
        {c.periods.map((p) => (
          <Tooltip
            key={p.period}
            title={`${p.period}：${p.statusLabel}；公开日 ${p.due}${p.publishedOn ? `，${p.publishedOn} 公开` : ''}`}
          >
            <Tag color={COLORS[p.status]} style={{ marginInlineEnd: 2 }}>
              {shortPeriod(p.period)}
            </Tag>
          </Tooltip>
        ))}
      </Space>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {c.frequencyLabel}
        {c.major.total > 0 &&
          `；重大事项 ${c.major.total}（逾期未公开 ${c.major.overdue}，逾期公开 ${c.major.late}）`}
      </Typography.Text>
      {c.overdue && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {c.missing.length ? `逾期未公开：${c.missing.join('、')}` : '重大事项逾期未公开'}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The town's board: which village is overdue for which category, computed from publication dates and the required frequency. */
export default function BoardPage() {
  const [year, setYear] = useState(thisYear);
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => villageApi.board(year, townId),
    [year, townId],
  );
  const rows: Board['villages'] = data?.villages ?? [];
  const col = (category: string, title: string) => ({
    title,
    key: category,
    render: (_: unknown, v: Board['villages'][number]) => (
      <CategoryCell c={v.categories.find((c) => c.category === category)!} />
    ),
  });
  return (
    <Card
      title="各村三务公开情况"
      variant="borderless"
      extra={
        <Select
          value={year}
          onChange={setYear}
          options={[thisYear, thisYear - 1, thisYear - 2, 2024]
            .filter((y, i, a) => a.indexOf(y) === i)
            .map((y) => ({ value: y, label: `${y} 年` }))}
          data-testid="board-year"
        />
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      {data && (
        <Space size="large" style={{ marginBottom: 16 }} wrap>
          <Statistic title="村（社区）" value={data.summary.villages} />
          <Statistic
            title="存在逾期的村"
            value={data.summary.overdueVillages}
            styles={{ content: { color: data.summary.overdueVillages ? '#cf1322' : undefined } }}
          />
          <Statistic title="逾期类别数" value={data.summary.overdueCells} />
          <Typography.Text type="secondary" style={{ maxWidth: 520, display: 'inline-block' }}>
            {data.basis}。某期事项应在该期结束后次月 {data.settings.dueDay}{' '}
            日前公布；重大事项应在决定后 {data.settings.majorDays} 个工作日内公布。
          </Typography.Text>
        </Space>
      )}
      <Table
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1100 }}
        data-testid="board-table"
        onRow={(v) => ({
          style: { background: v.overdue ? '#fff1f0' : undefined },
          'data-testid': `board-row-${v.name}`,
        })}
        columns={[
          {
            title: '村（社区）',
            dataIndex: 'name',
            width: 130,
            render: (n: string, v) => (
              <>
                {n}
                {v.overdue && (
                  <Tag color="red" style={{ marginLeft: 4 }}>
                    逾期
                  </Tag>
                )}
              </>
            ),
          },
          col('party', '党务'),
          col('village', '村务'),
          col('finance', '财务'),
        ]}
      />
    </Card>
  );
}
