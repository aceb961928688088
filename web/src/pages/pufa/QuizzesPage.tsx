import { Button, Card, Drawer, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { pufaApi, type Quiz } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../auth/auth-context';
import { useRequest } from '../../lib/use-request';
import { QuestionBank } from './QuestionBank';
import { QuizFormModal } from './QuizFormModal';
import { QuizResults } from './QuizResults';

/**
 * 知识竞赛: the town's quizzes with participation; open, close, results, leaderboard and export; the 题库
 * and 新建竞赛 for staff who manage 普法.
 */
export default function QuizzesPage() {
  const { data, error, loading, reload } = useRequest(() => pufaApi.quizzes(), []);
  const [shown, setShown] = useState<Quiz>();
  const [failure, setFailure] = useState<unknown>(null);
  const { can } = useAuth();
  const [bankOpen, setBankOpen] = useState(false);
  const [creating, setCreating] = useState(false);
  const move = async (q: Quiz, to: 'open' | 'close') => {
    setFailure(null);
    try {
      await pufaApi.move(q.id, to);
      reload();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <Card
      title="知识竞赛"
      variant="borderless"
      extra={
        <Space>
          <Button onClick={() => setBankOpen(true)} data-testid="question-bank">
            题库
          </Button>
          {can('pufa.manage') && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="quiz-create">
              新建竞赛
            </Button>
          )}
        </Space>
      }
    >
      <ErrorAlert error={error ?? failure} onRetry={reload} />
      <Table<Quiz>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: '竞赛',
            dataIndex: 'title',
            render: (t: string, q) => (
              <a onClick={() => setShown(q)} data-testid="quiz-row">
                {t}
              </a>
            ),
          },
          { title: '时间', render: (_, q) => `${q.opensOn} 至 ${q.closesOn}`, width: 200 },
          {
            title: '状态',
            dataIndex: 'statusLabel',
            width: 90,
            render: (t: string, q) => (
              <Tag color={q.status === 'open' ? 'green' : undefined}>{t}</Tag>
            ),
          },
          { title: '答卷', dataIndex: 'attempts', width: 70 },
          { title: '参与人数', dataIndex: 'participants', width: 90 },
          {
            title: '参与率',
            width: 110,
            render: (_, q) => (q.participationRate === null ? '—' : `${q.participationRate}%`),
          },
          {
            title: '操作',
            width: 120,
            render: (_, q) =>
              can('pufa.manage') && (
                <Space>
                  {q.status === 'draft' && (
                    <Button size="small" onClick={() => void move(q, 'open')}>
                      开放答题
                    </Button>
                  )}
                  {q.status === 'open' && (
                    <Button size="small" onClick={() => void move(q, 'close')}>
                      结束
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <Drawer
        open={!!shown}
        width={760}
        onClose={() => setShown(undefined)}
        title={shown?.title}
        destroyOnHidden
      >
        {shown && <QuizResults quiz={shown} />}
      </Drawer>
      <Drawer open={bankOpen} width={900} onClose={() => setBankOpen(false)} title="题库">
        <QuestionBank canManage={can('pufa.manage')} onChanged={reload} />
      </Drawer>
      <QuizFormModal open={creating} onClose={() => setCreating(false)} onDone={reload} />
    </Card>
  );
}
