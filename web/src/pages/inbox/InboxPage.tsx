import { App, Button, Card, Col, Radio, Row, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { inboxApi, type InboxItem, type Urgency } from '../../api/inbox';
import { ClockStatusTag } from '../../components/ClockStatusTag';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate, formatInstant } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { AssignModal } from './AssignModal';

const CountsDonut = lazy(() => import('./CountsDonut'));

const FILTERS: { value: Urgency | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  { value: 'overdue', label: '已超期' },
  { value: 'due_soon', label: '即将到期' },
  { value: 'on_track', label: '未到期' },
];

function daysLeftText(item: InboxItem): string {
  if (item.daysLeft === null) return '—';
  if (item.paused) return '期限暂停中';
  if (item.daysLeft < 0) return `超期 ${-item.daysLeft} 个工作日`;
  if (item.daysLeft === 0) return '今日届满';
  return `剩余 ${item.daysLeft} 个工作日`;
}

/** 我的待办: everything waiting for the person, red/yellow/green by its statutory deadline (the server sorts and pages by due date). */
export default function InboxPage() {
  const [status, setStatus] = useState<Urgency | 'all'>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, loading, reload } = useRequest(
    () => inboxApi.list(status === 'all' ? undefined : status, paging.page, paging.pageSize),
    [status, paging.page, paging.pageSize],
  );
  const items = data?.items ?? [];
  const canAssign = data?.abilities.assign ?? false;
  const [selected, setSelected] = useState<string[]>([]);
  const [assigning, setAssigning] = useState(false);
  const { message } = App.useApp();

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={17}>
        <Card
          title="我的待办"
          variant="borderless"
          extra={
            <Space wrap>
              {canAssign && (
                <Button
                  size="small"
                  disabled={selected.length === 0}
                  onClick={() => setAssigning(true)}
                  data-testid="inbox-assign"
                >
                  分派所选{selected.length ? `（${selected.length}）` : ''}
                </Button>
              )}
              <Radio.Group
                optionType="button"
                size="small"
                value={status}
                onChange={(e) => {
                  setStatus(e.target.value as Urgency | 'all');
                  setPaging((p) => ({ ...p, page: 1 }));
                }}
                options={FILTERS}
                data-testid="inbox-filter"
              />
            </Space>
          }
        >
          <ErrorAlert error={error} onRetry={reload} />
          <Table<InboxItem>
            rowKey="id"
            loading={loading}
            dataSource={items}
            data-testid="inbox-table"
            rowSelection={
              canAssign
                ? {
                    selectedRowKeys: selected,
                    onChange: (keys) => setSelected(keys.map(String)),
                    getCheckboxProps: (r) => ({
                      disabled: !r.assigneeRole && !r.poolRole,
                      title: !r.assigneeRole && !r.poolRole ? '系统指定给您的待办，不能分派' : '',
                    }),
                  }
                : undefined
            }
            scroll={{ x: 960 }}
            pagination={{
              current: paging.page,
              pageSize: paging.pageSize,
              total: data?.total ?? 0,
              hideOnSinglePage: true,
              showTotal: (t) => `共 ${t} 项`,
              onChange: (page, pageSize) => setPaging({ page, pageSize }),
            }}
            locale={{ emptyText: <ListEmpty text="暂无待办" testId="inbox-empty" /> }}
            columns={[
              {
                title: '状态',
                dataIndex: 'status',
                width: 110,
                render: (s: Urgency, r) => (
                  <Space size={2} wrap>
                    <ClockStatusTag status={s} clockId={r.clockId ?? undefined} />
                    {r.paused && <Tag>暂停</Tag>}
                  </Space>
                ),
              },
              {
                title: '事项',
                dataIndex: 'title',
                render: (t: string, r) => (
                  <Space size={4}>
                    {r.supervise && (
                      <Tooltip title="乡镇的事项：上级机关跟踪督促，由乡镇办理，不能代为办理">
                        <Tag color="purple" data-testid="inbox-supervise">
                          督办
                        </Tag>
                      </Tooltip>
                    )}
                    <Link to={r.link}>{t}</Link>
                    {r.poolRole && (
                      <Tooltip title="岗位待办已分派给个人，可改派或退回岗位">
                        <Tag data-testid="inbox-assigned">已分派</Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
              { title: '机构', dataIndex: 'orgName', width: 150 },
              { title: '届满日', dataIndex: 'dueDate', width: 115, render: formatDate },
              {
                title: '剩余',
                key: 'left',
                width: 140,
                render: (_, r) => (
                  <Typography.Text type={r.status === 'overdue' ? 'danger' : undefined}>
                    {daysLeftText(r)}
                  </Typography.Text>
                ),
              },
              { title: '收到时间', dataIndex: 'createdAt', width: 175, render: formatInstant },
            ]}
          />
        </Card>
        {assigning && (
          <AssignModal
            ids={selected}
            onClose={() => setAssigning(false)}
            onDone={(n) => {
              void message.success(`已分派 ${n} 项待办`);
              setSelected([]);
              reload();
            }}
          />
        )}
      </Col>
      <Col xs={24} xxl={7}>
        <Card title="期限概览" variant="borderless">
          {data && (
            <Suspense fallback={null}>
              <CountsDonut counts={data.counts} />
            </Suspense>
          )}
        </Card>
      </Col>
    </Row>
  );
}
