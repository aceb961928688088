import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { enforcementApi, type Certificate } from '../../api/enforcement';
import { StepModal } from '../../components/StepModal';

interface Values {
  userId: string;
  heldOn: Dayjs;
  hours: number;
  topic: string;
}

/** 登记培训 (《浙江省综合行政执法条例》第三十一条): one session an officer holding a 执法证 attended. */
export function TrainingModal({
  holders,
  onClose,
  onDone,
}: {
  holders: Pick<Certificate, 'userId' | 'holder'>[];
  onClose: () => void;
  onDone: () => void;
}) {
  const people = [...new Map(holders.map((h) => [h.userId, h.holder])).entries()];
  return (
    <StepModal<Values>
      open
      title="登记执法人员培训"
      okText="登记"
      onClose={onClose}
      testId="training-new"
      onSubmit={async ({ heldOn, ...v }) => {
        await enforcementApi.recordTraining({ ...v, heldOn: heldOn.format('YYYY-MM-DD') });
        onDone();
      }}
    >
      <Form.Item name="userId" label="参训人员" rules={[{ required: true, message: '请选择' }]}>
        <Select
          options={people.map(([value, label]) => ({ value, label }))}
          notFoundContent="尚未登记执法证"
          data-testid="training-user"
        />
      </Form.Item>
      <Form.Item name="heldOn" label="培训日期" rules={[{ required: true, message: '请选择' }]}>
        <DatePicker data-testid="training-date" />
      </Form.Item>
      <Form.Item name="hours" label="学时" rules={[{ required: true, message: '请填写学时' }]}>
        <InputNumber min={0.5} max={24} step={0.5} data-testid="training-hours" />
      </Form.Item>
      <Form.Item name="topic" label="培训内容" rules={[{ required: true, message: '请填写' }]}>
        <Input maxLength={200} data-testid="training-topic" />
      </Form.Item>
    </StepModal>
  );
}
