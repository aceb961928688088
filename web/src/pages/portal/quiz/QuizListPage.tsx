import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { portalQuizApi } from '../../../api/pufa';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { PortalShell } from '../PortalShell';

/** 桥尚法·知识竞赛: the town's quizzes, answering now or over, for residents on their phones. */
export default function QuizListPage() {
  const { data, error, loading, reload } = useRequest(() => portalQuizApi.list(), []);
  return (
    <PortalShell>
      <Card title="桥尚法 · 知识竞赛" variant="borderless">
        <ErrorAlert error={error} onRetry={reload} />
        <List
          loading={loading}
          dataSource={data?.items ?? []}
          locale={{ emptyText: '暂无竞赛' }}
          renderItem={(q) => (
            <List.Item>
              <List.Item.Meta
                title={
                  <Link to={`/portal/quiz/${q.id}`} data-testid="portal-quiz-link">
                    {q.title}
                  </Link>
                }
                description={
                  <Typography.Text type="secondary">
                    {q.opensOn} 至 {q.closesOn}{' '}
                    {q.answeringNow ? <Tag color="green">答题中</Tag> : <Tag>{q.statusLabel}</Tag>}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </PortalShell>
  );
}
