import { Button, Input, List, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { legalServicesApi, type Question } from '../../api/legal-services';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { useRequest } from '../../lib/use-request';

/** 网上预约: the bookings from today; on the booked day the visitor checks in and gets a number. */
export function AppointmentsTab({
  townId,
  canHandle,
  onChanged,
}: {
  townId: string | undefined;
  canHandle: boolean;
  onChanged: (note: string) => void;
}) {
  const { data, error, loading, reload } = useRequest(
    () => legalServicesApi.appointments(townId),
    [townId],
  );
  const [failed, setFailed] = useState<unknown>(null);
  const run = async (p: Promise<unknown>, note: string) => {
    setFailed(null);
    try {
      await p;
      onChanged(note);
      reload();
    } catch (e) {
      setFailed(e);
    }
  };
  return (
    <>
      <ErrorAlert error={error ?? failed} onRetry={reload} />
      <Table
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <ListEmpty text="暂无预约" /> }}
        columns={[
          { title: '日期', dataIndex: 'onDate', width: 110 },
          { title: '时段', dataIndex: 'slotLabel', width: 150 },
          { title: '预约人', dataIndex: 'name', width: 90 },
          { title: '电话', dataIndex: 'phone', width: 120 },
          { title: '事项', dataIndex: 'topic' },
          {
            title: '状态',
            dataIndex: 'status',
            width: 90,
            render: (s: string) => (
              <Tag>
                {
                  (
                    { booked: '已预约', arrived: '已到站', cancelled: '已取消' } as Record<
                      string,
                      string
                    >
                  )[s]
                }
              </Tag>
            ),
          },
          {
            title: '',
            width: 170,
            render: (_, a) =>
              canHandle &&
              a.status === 'booked' && (
                <Space>
                  <Button
                    size="small"
                    onClick={() => void run(legalServicesApi.checkIn(a.id), `${a.name} 已到站取号`)}
                  >
                    到站取号
                  </Button>
                  <Button
                    size="small"
                    onClick={() => void run(legalServicesApi.cancelAppointment(a.id), '已取消预约')}
                  >
                    取消
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}

/** 网上咨询: the questions asked on the portal; the answer is logged as a consultation. */
export function QuestionsTab({
  townId,
  canHandle,
  onChanged,
}: {
  townId: string | undefined;
  canHandle: boolean;
  onChanged: (note: string) => void;
}) {
  const { data, error, loading, reload } = useRequest(
    () => legalServicesApi.questions({ orgId: townId }),
    [townId],
  );
  const [answering, setAnswering] = useState<Question | null>(null);
  const [text, setText] = useState('');
  const [failed, setFailed] = useState<unknown>(null);
  const submit = async () => {
    if (!answering || !text.trim()) return;
    setFailed(null);
    try {
      await legalServicesApi.answer(answering.id, text.trim());
      setAnswering(null);
      setText('');
      onChanged('已答复，并计入法律咨询台账');
      reload();
    } catch (e) {
      setFailed(e);
    }
  };
  return (
    <>
      <ErrorAlert error={error} onRetry={reload} />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: <ListEmpty text="暂无网上咨询" /> }}
        renderItem={(q) => (
          <List.Item
            actions={
              canHandle && !q.answeredOn
                ? [
                    <Button key="a" size="small" type="primary" onClick={() => setAnswering(q)}>
                      答复
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space>
                  {q.name}
                  {q.village && <Typography.Text type="secondary">{q.village}</Typography.Text>}
                  <Typography.Text type="secondary">{q.askedOn}</Typography.Text>
                  {q.answeredOn ? (
                    <Tag color="green">已答复</Tag>
                  ) : (
                    <Tag color="orange">待答复</Tag>
                  )}
                </Space>
              }
              description={
                <>
                  <div>{q.question}</div>
                  {q.answer && (
                    <div style={{ marginTop: 4 }}>
                      答复（{q.answeredBy}，{q.answeredOn}）：{q.answer}
                    </div>
                  )}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={!!answering}
        title="答复网上咨询"
        okText="提交答复"
        cancelText="取消"
        onOk={() => void submit()}
        onCancel={() => setAnswering(null)}
      >
        <ErrorAlert error={failed} />
        <p>{answering?.question}</p>
        <Input.TextArea rows={5} value={text} onChange={(e) => setText(e.target.value)} />
      </Modal>
    </>
  );
}
