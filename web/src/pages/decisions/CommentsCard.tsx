import { Button, Card, Form, Input, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { decisionsApi, type StaffComment } from '../../api/decisions';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { useRequest } from '../../lib/use-request';

/** 公众意见: moderation before a comment shows on the portal, and each answer (采纳情况) with its reason. */
export function CommentsCard({
  id,
  canHandle,
  onChange,
}: {
  id: string;
  canHandle: boolean;
  onChange: () => void;
}) {
  const { data, error, loading, reload } = useRequest(() => decisionsApi.comments(id), [id]);
  const [answering, setAnswering] = useState<StaffComment | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const refresh = () => {
    reload();
    onChange();
  };
  const moderate = async (c: StaffComment, show: boolean) => {
    setActionError(null);
    try {
      await decisionsApi.moderate(id, c.id, show);
      refresh();
    } catch (e) {
      setActionError(e);
    }
  };
  return (
    <Card variant="borderless" title="公众意见及采纳情况" data-testid="decision-comments">
      <ErrorAlert error={error ?? actionError} onRetry={reload} />
      {data && <p data-testid="adoption-summary">{data.summary.text}</p>}
      <Table<StaffComment>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <ListEmpty text="暂无公众意见" /> }}
        columns={[
          { title: '条文', dataIndex: 'article' },
          { title: '意见', dataIndex: 'body' },
          {
            title: '提出人',
            key: 'who',
            render: (_: unknown, c) =>
              [c.name, c.phone, c.phoneVerified && '（手机号已短信验证）']
                .filter(Boolean)
                .join(' ') || '匿名',
          },
          { title: '审核', dataIndex: 'moderationLabel', render: (v: string) => <Tag>{v}</Tag> },
          {
            title: '采纳情况',
            key: 'adoption',
            render: (_: unknown, c) => (c.adoptionLabel ? `${c.adoptionLabel}：${c.answer}` : '—'),
          },
          {
            title: '操作',
            key: 'ops',
            render: (_: unknown, c) =>
              canHandle && (
                <Space>
                  {c.moderation === 'pending' && (
                    <>
                      <Button
                        size="small"
                        onClick={() => void moderate(c, true)}
                        data-testid="comment-show"
                      >
                        公开
                      </Button>
                      <Button size="small" onClick={() => void moderate(c, false)}>
                        不予公开
                      </Button>
                    </>
                  )}
                  {c.moderation === 'shown' && (
                    <Button
                      size="small"
                      onClick={() => setAnswering(c)}
                      data-testid="comment-answer"
                    >
                      答复
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {answering && (
        <StepModal<{ adoption: string; answer: string }>
          open
          title="答复采纳情况"
          testId="answer-modal"
          onClose={() => setAnswering(null)}
          initialValues={{
            adoption: answering.adoption ?? 'adopted',
            answer: answering.answer ?? '',
          }}
          onSubmit={async (v) => {
            await decisionsApi.answer(id, answering.id, v);
            refresh();
          }}
        >
          <p>{answering.body}</p>
          <Form.Item name="adoption" label="采纳情况">
            <Radio.Group
              options={[
                { value: 'adopted', label: '采纳' },
                { value: 'partly', label: '部分采纳' },
                { value: 'not_adopted', label: '不予采纳' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="answer"
            label="理由"
            rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
          >
            <Input.TextArea rows={3} data-testid="answer-reason" />
          </Form.Item>
        </StepModal>
      )}
    </Card>
  );
}
