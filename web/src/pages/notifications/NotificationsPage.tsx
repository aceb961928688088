import { App, Button, Card, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../api/client';
import { NOTICE_KINDS, notificationsApi, type Notice } from '../../api/notifications';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatInstant } from '../../lib/format';
import { useRequest } from '../../lib/use-request';

/** 我的消息: every notice, newest first, with an unread filter and "mark read". */
export default function NotificationsPage() {
  const { message } = App.useApp();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const { data, error, loading, reload } = useRequest(
    () => notificationsApi.list(unreadOnly, paging.page, paging.pageSize),
    [unreadOnly, paging.page, paging.pageSize],
  );

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      title={`我的消息（未读 ${data?.unread ?? 0} 条）`}
      variant="borderless"
      extra={
        <Space>
          <Radio.Group
            optionType="button"
            size="small"
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(e) => {
              setUnreadOnly(e.target.value === 'unread');
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            options={[
              { value: 'all', label: '全部' },
              { value: 'unread', label: '未读' },
            ]}
            data-testid="notifications-filter"
          />
          <Button
            size="small"
            disabled={!data?.unread}
            onClick={() => void act(() => notificationsApi.readAll())}
          >
            全部标为已读
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={error} onRetry={reload} />
      <Table<Notice>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="notifications-table"
        locale={{ emptyText: <ListEmpty text={unreadOnly ? '没有未读消息' : '暂无消息'} /> }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: data?.total ?? 0,
          showTotal: (n) => `共 ${n} 条`,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          {
            title: '类型',
            dataIndex: 'kind',
            width: 100,
            render: (k: string) => (
              <Tag color={NOTICE_KINDS[k]?.color}>{NOTICE_KINDS[k]?.label ?? '消息'}</Tag>
            ),
          },
          {
            title: '内容',
            dataIndex: 'title',
            render: (title: string, n) => (
              <Space orientation="vertical" size={0}>
                {n.link ? <Link to={n.link}>{title}</Link> : title}
                {n.body && <span style={{ color: 'rgba(0,0,0,0.45)' }}>{n.body}</span>}
              </Space>
            ),
          },
          { title: '时间', dataIndex: 'createdAt', width: 170, render: formatInstant },
          {
            title: '状态',
            key: 'read',
            width: 120,
            render: (_, n) =>
              n.readAt ? (
                <Tag>已读</Tag>
              ) : (
                <Button
                  size="small"
                  type="link"
                  onClick={() => void act(() => notificationsApi.read(n.id))}
                  data-testid="notification-mark-read"
                >
                  标为已读
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}
