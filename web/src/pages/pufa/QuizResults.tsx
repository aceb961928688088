import { Button, Descriptions, Table, Tabs } from 'antd';
import { useState } from 'react';
import { pufaApi, type AttemptRow, type BoardRow, type Quiz } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useAuth } from '../../auth/auth-context';
import { useRequest } from '../../lib/use-request';

/** One quiz: participation with its definition, the leaderboard (score, then time), every attempt, the export. */
export function QuizResults({ quiz }: { quiz: Quiz }) {
  const [page, setPage] = useState(1);
  const detail = useRequest(() => pufaApi.quiz(quiz.id), [quiz.id]);
  const board = useRequest(() => pufaApi.leaderboard(quiz.id), [quiz.id]);
  const results = useRequest(() => pufaApi.results(quiz.id, page), [quiz.id, page]);
  const { can } = useAuth();
  const d = detail.data;
  return (
    <>
      <ErrorAlert error={detail.error ?? board.error ?? results.error} />
      {d && (
        <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label="题库专题">
            {d.topic}（有效 {d.poolSize} 题）
          </Descriptions.Item>
          <Descriptions.Item label="规则">
            每次 {d.questionCount} 题 · 限时 {d.timeLimitSeconds} 秒 · 每天 {d.attemptsPerDay} 次
            {d.smsRequired ? ' · 短信验证' : ''}
          </Descriptions.Item>
          <Descriptions.Item label="参与率" span={2}>
            <span data-testid="quiz-participation">
              {d.participants} / {d.targetPopulation} = {d.participationRate ?? '—'}%
            </span>
            （{d.participationDefinition}）
          </Descriptions.Item>
        </Descriptions>
      )}
      {can('pufa.results.export') && (
        <Button onClick={() => void pufaApi.exportResults(quiz.id)} style={{ marginBottom: 12 }}>
          导出答题结果
        </Button>
      )}
      <Tabs
        items={[
          {
            key: 'board',
            label: '排行榜',
            children: (
              <Table<BoardRow>
                rowKey="rank"
                size="small"
                pagination={false}
                loading={board.loading}
                dataSource={board.data?.items ?? []}
                columns={[
                  { title: '名次', dataIndex: 'rank', width: 60 },
                  { title: '姓名', dataIndex: 'name' },
                  { title: '村（社区）或单位', dataIndex: 'unit' },
                  { title: '得分', dataIndex: 'score', width: 70 },
                  { title: '用时（秒）', dataIndex: 'durationSeconds', width: 100 },
                ]}
              />
            ),
          },
          {
            key: 'results',
            label: '全部答卷',
            children: (
              <Table<AttemptRow>
                rowKey="id"
                size="small"
                loading={results.loading}
                dataSource={results.data?.items ?? []}
                pagination={{
                  current: page,
                  pageSize: 20,
                  total: results.data?.total ?? 0,
                  onChange: setPage,
                }}
                columns={[
                  { title: '姓名', dataIndex: 'name' },
                  { title: '手机号', dataIndex: 'phoneMasked' },
                  { title: '村（社区）或单位', dataIndex: 'unit' },
                  { title: '状态', dataIndex: 'statusLabel', width: 90 },
                  { title: '得分', dataIndex: 'score', width: 70 },
                  { title: '用时（秒）', dataIndex: 'durationSeconds', width: 100 },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
