import { Form, Input, InputNumber } from 'antd';
import { useNavigate } from 'react-router';
import { plansApi } from '../../../api/enforcement-plans';
import { StepModal } from '../../../components/StepModal';
import { todayInShanghai } from '../../../lib/format';

interface Values {
  name: string;
  year: number;
  period: string;
  matter: string;
  legalBasis: string;
  objects: string;
  drawCount: number;
  officersPerInspection: number;
}

/** The pool is entered one name a line, as kept in the town's 检查对象名录库. */
const namesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** 制定抽查计划: the matter and its basis, the pool, how many to draw and officers per inspection (≥ 2). */
export function NewPlanModal({ onClose }: { onClose: () => void }) {
  const navigate = useNavigate();
  return (
    <StepModal<Values>
      open
      title="制定双随机抽查计划"
      okText="保存"
      onClose={onClose}
      testId="plan-create-form"
      initialValues={{
        year: Number(todayInShanghai().slice(0, 4)),
        officersPerInspection: 2,
        drawCount: 1,
      }}
      onSubmit={async ({ objects, ...v }) => {
        const p = await plansApi.create({ ...v, objects: namesOf(objects) });
        void navigate(`/enforcement/plans/${p.id}`);
      }}
    >
      <Form.Item
        name="name"
        label="计划名称"
        rules={[{ required: true, message: '请填写计划名称' }]}
      >
        <Input maxLength={100} data-testid="plan-name" />
      </Form.Item>
      <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
        <InputNumber min={2000} max={2100} precision={0} />
      </Form.Item>
      <Form.Item name="period" label="抽查时段" rules={[{ required: true, message: '请填写时段' }]}>
        <Input maxLength={40} placeholder="如：第二季度" data-testid="plan-period" />
      </Form.Item>
      <Form.Item
        name="matter"
        label="抽查事项"
        rules={[{ required: true, message: '请填写抽查事项' }]}
      >
        <Input maxLength={200} data-testid="plan-matter" />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label="检查依据"
        rules={[{ required: true, message: '请填写检查依据' }]}
      >
        <Input maxLength={500} placeholder="如：《消防法》第五十三条" data-testid="plan-basis" />
      </Form.Item>
      <Form.Item
        name="objects"
        label="检查对象名录（每行一个）"
        rules={[
          { required: true, message: '请填写检查对象' },
          {
            validator: (_, v: string | undefined) => {
              const names = namesOf(v ?? '');
              return new Set(names).size === names.length
                ? Promise.resolve()
                : Promise.reject(new Error('名录中有重复的名称'));
            },
          },
        ]}
      >
        <Input.TextArea rows={5} data-testid="plan-objects" />
      </Form.Item>
      <Form.Item
        name="drawCount"
        label="抽取数量"
        dependencies={['objects']}
        rules={[
          { required: true, message: '请填写抽取数量' },
          ({ getFieldValue }) => ({
            validator: (_, v: number | null) =>
              !v || v <= namesOf((getFieldValue('objects') as string | undefined) ?? '').length
                ? Promise.resolve()
                : Promise.reject(new Error('抽取数量不能多于名录中的对象数')),
          }),
        ]}
      >
        <InputNumber min={1} precision={0} data-testid="plan-draw-count" />
      </Form.Item>
      <Form.Item
        name="officersPerInspection"
        label="每次检查的执法人员数"
        extra="《行政处罚法》第四十二条：执法人员不得少于两人"
        rules={[{ required: true, message: '请填写人数' }]}
      >
        <InputNumber min={2} max={10} precision={0} data-testid="plan-officers" />
      </Form.Item>
    </StepModal>
  );
}
