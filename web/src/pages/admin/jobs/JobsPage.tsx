import { Card, Table, Tag, Typography } from 'antd';
import { systemApi, type JobItem, type JobRun } from '../../../api/system';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { formatInstant } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';

const JOB_NAMES: Record<string, string> = {
  'deadline-sweep': '期限巡检：重算在办期限、生成到期提醒',
};

const STATUS: Record<string, [string, string]> = {
  ok: ['成功', 'green'],
  running: ['运行中', 'blue'],
  failed: ['失败', 'red'],
};

const statusTag = (s: string | null) =>
  s ? <Tag color={STATUS[s]?.[1] ?? 'default'}>{STATUS[s]?.[0] ?? s}</Tag> : '—';

function Runs({ runs }: { runs: JobRun[] }) {
  return (
    <Table<JobRun>
      rowKey={(r) => `${r.slot}-${r.instanceId}`}
      size="small"
      pagination={false}
      dataSource={runs}
      locale={{ emptyText: <ListEmpty text="尚未运行过" /> }}
      columns={[
        { title: '计划时刻', dataIndex: 'slot', render: formatInstant },
        { title: '运行实例', dataIndex: 'instanceId' },
        { title: '结果', dataIndex: 'status', render: statusTag },
        { title: '开始', dataIndex: 'startedAt', render: formatInstant },
        { title: '结束', dataIndex: 'finishedAt', render: formatInstant },
        {
          title: '输出',
          dataIndex: 'output',
          render: (o: string | null) => (
            <Typography.Text type="secondary">{o ?? '—'}</Typography.Text>
          ),
        },
      ]}
    />
  );
}

/** 定时任务: what runs when, and how the last runs went (each slot runs once across instances). */
export default function JobsPage() {
  const { data, error, loading, reload } = useRequest(() => systemApi.jobs(), []);
  return (
    <Card title="定时任务" variant="borderless">
      <ErrorAlert error={error} onRetry={reload} />
      <Table<JobItem>
        rowKey="name"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="jobs-table"
        locale={{ emptyText: <ListEmpty text="暂无定时任务" /> }}
        expandable={{ expandedRowRender: (r) => <Runs runs={r.runs} />, rowExpandable: () => true }}
        columns={[
          { title: '任务', dataIndex: 'name', render: (n: string) => JOB_NAMES[n] ?? n },
          { title: '下次运行', dataIndex: 'nextRunAt', render: formatInstant },
          { title: '上次运行', dataIndex: 'lastRunAt', render: formatInstant },
          { title: '上次结果', dataIndex: 'lastStatus', render: statusTag },
        ]}
      />
    </Card>
  );
}
