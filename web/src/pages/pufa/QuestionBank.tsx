import { Button, Input, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { pufaApi, type Question } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRequest } from '../../lib/use-request';
import { QuestionFormModal } from './QuestionFormModal';

const LETTERS = 'ABCDEF';

/** 题库: the town's questions by 专题, with 新增题目 and 停用 for staff who manage 普法. */
export function QuestionBank({
  canManage,
  onChanged,
}: {
  canManage: boolean;
  onChanged: () => void;
}) {
  const [topic, setTopic] = useState('');
  const { data, error, loading, reload } = useRequest(
    () => pufaApi.questions(topic || undefined),
    [topic],
  );
  const [adding, setAdding] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const retire = async (q: Question) => {
    setFailure(null);
    try {
      await pufaApi.retireQuestion(q.id);
      reload();
      onChanged();
    } catch (e) {
      setFailure(e);
    }
  };
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="按专题筛选"
          data-testid="question-filter-topic"
          onSearch={(v) => setTopic(v.trim())}
        />
        {canManage && (
          <Button type="primary" onClick={() => setAdding(true)} data-testid="question-create">
            新增题目
          </Button>
        )}
      </Space>
      <ErrorAlert error={error ?? failure} onRetry={reload} />
      <Table<Question>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        size="small"
        columns={[
          { title: '专题', dataIndex: 'topic', width: 90 },
          { title: '题型', dataIndex: 'kindLabel', width: 70 },
          {
            title: '题干',
            dataIndex: 'stem',
            render: (t: string) => <span data-testid="question-row">{t}</span>,
          },
          {
            title: '答案',
            width: 70,
            render: (_, q) =>
              q.kind === 'judge'
                ? q.options[q.answer[0] ?? 0]
                : q.answer.map((i) => LETTERS[i]).join(''),
          },
          { title: '法律依据', dataIndex: 'basis', width: 160 },
          {
            title: '状态',
            width: 110,
            render: (_, q) =>
              q.retired ? (
                <Tag>已停用</Tag>
              ) : (
                canManage && (
                  <Popconfirm title="停用后不再抽到此题，确定？" onConfirm={() => void retire(q)}>
                    <Button size="small">停用</Button>
                  </Popconfirm>
                )
              ),
          },
        ]}
      />
      <QuestionFormModal
        open={adding}
        topic={topic || undefined}
        onClose={() => setAdding(false)}
        onDone={() => {
          reload();
          onChanged();
        }}
      />
    </>
  );
}
