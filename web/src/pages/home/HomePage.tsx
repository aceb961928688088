import { Badge, Button, Card, Col, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { homeApi, type HomeTask } from '../../api/home';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { PageSpin } from '../../components/PageSpin';
import { formatDate } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { OverdueHazards } from './OverdueHazards';

function dueText(t: HomeTask): string {
  if (t.daysLeft === null) return '无截止日期';
  if (t.daysLeft < 0) return `超期 ${-t.daysLeft} 个工作日`;
  if (t.daysLeft === 0) return '今日届满';
  return `剩余 ${t.daysLeft} 个工作日`;
}

function TaskList({ items, empty, testId }: { items: HomeTask[]; empty: string; testId: string }) {
  return (
    <List<HomeTask>
      size="small"
      dataSource={items}
      data-testid={testId}
      locale={{ emptyText: <ListEmpty text={empty} /> }}
      renderItem={(t) => (
        <List.Item
          extra={<Typography.Text type="secondary">{formatDate(t.dueDate)}</Typography.Text>}
        >
          <Space orientation="vertical" size={0}>
            <Link to={t.link}>{t.title}</Link>
            <Space size={4}>
              <Tag>{t.moduleLabel}</Tag>
              <Typography.Text
                type={t.daysLeft !== null && t.daysLeft < 0 ? 'danger' : 'secondary'}
              >
                {dueText(t)}
              </Typography.Text>
            </Space>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** 首页: the signed-in person's open work in every module, what is due this week and overdue, and shortcuts. */
export default function HomePage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const { data, error, reload } = useRequest(() => homeApi.get(), []);
  if (!data) return error ? <ErrorAlert error={error} onRetry={reload} /> : <PageSpin />;
  const hasTasks = auth.can('task.read');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="home-page">
      <Card variant="borderless">
        <Space size="large" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {auth.user?.displayName}，您好
          </Typography.Title>
          <Typography.Text type="secondary">
            今天 {formatDate(data.day)}，本周至 {formatDate(data.weekEnd)}
          </Typography.Text>
          <Link to="/notifications">
            <Badge count={data.unreadNotifications} size="small" offset={[8, 0]}>
              未读消息
            </Badge>
          </Link>
        </Space>
      </Card>
      {hasTasks && (
        <Row gutter={[16, 16]} data-testid="home-modules">
          {data.modules.length === 0 && (
            <Col span={24}>
              <Card variant="borderless">
                <ListEmpty text="目前没有待办事项" />
              </Card>
            </Col>
          )}
          {data.modules.map((m) => (
            <Col xs={24} md={12} xl={8} key={m.module}>
              <Card
                title={m.label}
                variant="borderless"
                extra={<Link to={m.path}>进入</Link>}
                data-testid={`home-module-${m.module}`}
              >
                <Row>
                  <Col span={8}>
                    <Statistic title="待办" value={m.open} />
                  </Col>
                  <Col span={8}>
                    <Statistic title="本周到期" value={m.dueThisWeek} />
                  </Col>
                  <Col span={8}>
                    <Statistic
                      title="已超期"
                      value={m.overdue}
                      styles={{ content: { color: m.overdue ? '#cf1322' : undefined } }}
                    />
                  </Col>
                </Row>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]}>
        {hasTasks && (
          <>
            <Col xs={24} xl={8}>
              <Card title="本周到期" variant="borderless" extra={<Link to="/inbox">我的待办</Link>}>
                <TaskList
                  items={data.dueThisWeek}
                  empty="本周没有到期的待办"
                  testId="home-due-week"
                />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="已超期" variant="borderless">
                <TaskList items={data.overdue} empty="没有超期的待办" testId="home-overdue" />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card title="最近待办" variant="borderless">
                <TaskList items={data.recent} empty="暂无待办" testId="home-recent" />
              </Card>
            </Col>
          </>
        )}
        {auth.can('enforcement.inspection.read') && (
          <Col xs={24}>
            <OverdueHazards />
          </Col>
        )}
        <Col xs={24}>
          <Card title="常用入口" variant="borderless" data-testid="home-links">
            <Space wrap>
              {data.links.map((l) => (
                <Button key={l.path} onClick={() => void navigate(l.path)}>
                  {l.label}
                </Button>
              ))}
            </Space>
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
