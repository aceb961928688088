import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, List, Popover, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorText } from '../api/client';
import { NOTICE_KINDS, notificationsApi, type Notice } from '../api/notifications';
import { formatInstant } from '../lib/format';

const POLL_MS = 60_000;

/** The header's bell: the unread count, and the latest notices in a dropdown (opening one marks it read). */
export function NotificationBell() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Notice[]>([]);
  const [unread, setUnread] = useState(0);

  const load = useCallback(async () => {
    try {
      const page = await notificationsApi.list(false, 1, 8);
      setItems(page.items);
      setUnread(page.unread);
    } catch {
      // The bell stays as it was; the next poll tries again.
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), POLL_MS);
    return () => clearInterval(timer);
  }, [load]);

  const openNotice = async (n: Notice) => {
    try {
      if (!n.readAt) await notificationsApi.read(n.id);
      setOpen(false);
      void load();
      if (n.link) void navigate(n.link);
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const readAll = async () => {
    try {
      const r = await notificationsApi.readAll();
      message.success(`已将 ${r.marked} 条消息标为已读`);
      void load();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const content = (
    <div style={{ width: 360 }} data-testid="notification-panel">
      <List<Notice>
        size="small"
        dataSource={items}
        locale={{ emptyText: '暂无消息' }}
        renderItem={(n) => (
          <List.Item
            style={{ cursor: 'pointer', opacity: n.readAt ? 0.6 : 1 }}
            onClick={() => void openNotice(n)}
            data-testid="notification-item"
            data-read={n.readAt ? 'yes' : 'no'}
          >
            <List.Item.Meta
              title={
                <Space size={4}>
                  <Tag color={NOTICE_KINDS[n.kind]?.color}>
                    {NOTICE_KINDS[n.kind]?.label ?? '消息'}
                  </Tag>
                  <Typography.Text strong={!n.readAt} ellipsis style={{ maxWidth: 250 }}>
                    {n.title}
                  </Typography.Text>
                </Space>
              }
              description={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.body ? `${n.body} · ` : ''}
                  {formatInstant(n.createdAt)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button
          size="small"
          disabled={!unread}
          onClick={() => void readAll()}
          data-testid="notification-read-all"
        >
          全部标为已读
        </Button>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="notification-all">
          查看全部消息
        </Link>
      </Space>
    </div>
  );

  return (
    <Popover
      content={content}
      title="消息"
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) void load();
      }}
    >
      <span
        role="button"
        aria-label={`消息，未读 ${unread} 条`}
        data-testid="notification-bell"
        data-unread={unread}
        style={{ cursor: 'pointer', marginInlineEnd: 20, display: 'inline-flex' }}
      >
        <Badge count={unread} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18, color: '#fff' }} />
        </Badge>
      </span>
    </Popover>
  );
}
