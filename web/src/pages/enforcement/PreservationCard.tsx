import { App, Button, Card, Form, Input, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { enforcementApi, type CaseDetail } from '../../api/enforcement';
import { StepModal } from '../../components/StepModal';
import { ART56, OUTCOMES } from './preservation-steps';

type Preservation = CaseDetail['preservations'][number];

/**
 * 先行登记保存 (行政处罚法 第五十六条): every preservation of the case with its seven-working-day period
 * (第八十五条), whether it is overdue, and its 处理决定 — offered per undecided preservation to whoever
 * the server allows the step (`abilities`). The investigation ends only once every one is decided.
 */
export function PreservationCard({
  detail,
  onChanged,
}: {
  detail: CaseDetail;
  onChanged: (d: CaseDetail) => void;
}) {
  const { message } = App.useApp();
  const [deciding, setDeciding] = useState<Preservation | null>(null);
  const mayDecide = detail.abilities.includes('decide_preserved');
  if (detail.preservations.length === 0) return null;

  const decision = (p: Preservation, i: number) => {
    if (p.decidedOn)
      return `${p.decidedOn} 作出处理决定：${p.outcomeLabel ?? ''}${p.note ? `（${p.note}）` : ''}`;
    return mayDecide ? (
      <Button
        size="small"
        type="primary"
        onClick={() => setDeciding(p)}
        data-testid={`preservation-decide-${i}`}
      >
        处理决定
      </Button>
    ) : (
      '尚未作出处理决定'
    );
  };

  return (
    <Card
      size="small"
      title="先行登记保存（《行政处罚法》第五十六条）"
      data-testid="case-preservation"
    >
      <Table<Preservation>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={detail.preservations}
        columns={[
          { title: '登记保存日期', dataIndex: 'preservedOn', width: 120 },
          { title: '登记保存的证据', dataIndex: 'evidence' },
          {
            title: '批准人',
            dataIndex: 'approverName',
            width: 100,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: '处理期限（七个工作日）',
            width: 190,
            render: (_, p) => (
              <>
                {p.dueDate ?? '—'}{' '}
                {p.overdue && (
                  <Tag color="red" data-testid="preservation-overdue">
                    已逾期
                  </Tag>
                )}
              </>
            ),
          },
          { title: '处理决定', render: (_, p, i) => decision(p, i) },
        ]}
      />
      <StepModal<{ outcome: string; note?: string }>
        open={deciding !== null}
        title={`对${deciding?.preservedOn ?? ''}登记保存的证据作出处理决定`}
        testId="preservation-decide-form"
        onClose={() => setDeciding(null)}
        onSubmit={async (v) => {
          const d = await enforcementApi.step(detail.id, 'decide-preserved', {
            ...v,
            preservationId: deciding!.id,
          });
          message.success('已作出处理决定');
          onChanged(d);
        }}
      >
        <Form.Item
          name="outcome"
          label="处理决定"
          extra={ART56}
          rules={[{ required: true, message: '请选择处理决定' }]}
        >
          <Select options={OUTCOMES} data-testid="step-outcome" />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={2} maxLength={2000} data-testid="step-note" />
        </Form.Item>
      </StepModal>
    </Card>
  );
}
