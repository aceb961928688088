import {
  type ButtonProps,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Switch,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { pufaApi } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';
import { useRequest } from '../../lib/use-request';

interface Values {
  title: string;
  intro: string;
  topic: string;
  questionCount: number;
  pointsPerQuestion: number;
  timeLimitMinutes: number;
  attemptsPerDay: number;
  smsRequired: boolean;
  targetPopulation: number;
  targetLabel: string;
  opensOn: Dayjs;
  closesOn: Dayjs;
}

/** The bank's 专题 with how many questions are in use (the draw needs at least 每次抽题数). */
function topicsOf(items: { topic: string; retired: boolean }[]) {
  const count = new Map<string, number>();
  for (const q of items) if (!q.retired) count.set(q.topic, (count.get(q.topic) ?? 0) + 1);
  return [...count].map(([topic, n]) => ({ value: topic, label: `${topic}（${n} 题）` }));
}

/** 新建竞赛: which bank, how many questions drawn, time limit, attempts, target population, SMS check. */
export function QuizFormModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const bank = useRequest(() => pufaApi.questions(), [open], open);
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    ({ timeLimitMinutes, opensOn, closesOn, ...v }) =>
      pufaApi.createQuiz({
        ...v,
        timeLimitSeconds: timeLimitMinutes * 60,
        opensOn: opensOn.format('YYYY-MM-DD'),
        closesOn: closesOn.format('YYYY-MM-DD'),
      }),
    onDone,
  );
  const text = (name: keyof Values, label: string, max: number, testId: string, area = false) => (
    <Form.Item
      label={label}
      name={name}
      rules={[
        { required: true, whitespace: true, message: `请填写${label}` },
        { max, message: `${label}不超过${max}字` },
      ]}
    >
      {area ? <Input.TextArea rows={2} data-testid={testId} /> : <Input data-testid={testId} />}
    </Form.Item>
  );
  const number = (name: keyof Values, label: string, min: number, max: number, testId: string) => (
    <Form.Item
      label={label}
      name={name}
      rules={[
        { required: true, message: `请填写${label}` },
        { type: 'number', min, max, message: `${label}应在 ${min} 至 ${max} 之间` },
      ]}
    >
      <InputNumber
        min={min}
        max={max}
        precision={0}
        data-testid={testId}
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title="新建竞赛"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      okButtonProps={{ 'data-testid': 'quiz-save' } as ButtonProps}
      width={640}
      forceRender
    >
      <ErrorAlert error={error ?? bank.error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          questionCount: 10,
          pointsPerQuestion: 10,
          timeLimitMinutes: 10,
          attemptsPerDay: 3,
          smsRequired: true,
          targetLabel: '全镇常住人口',
          opensOn: dayjs(),
          closesOn: dayjs().add(30, 'day'),
        }}
      >
        {text('title', '竞赛名称', 60, 'quiz-title')}
        {text('intro', '竞赛说明', 500, 'quiz-intro', true)}
        <Form.Item
          label="题库专题"
          name="topic"
          extra="每次从该专题的有效题目中随机抽题；开放答题时题目数不得少于每次抽题数"
          rules={[{ required: true, message: '请选择题库专题' }]}
        >
          <Select
            data-testid="quiz-topic"
            loading={bank.loading}
            options={topicsOf(bank.data?.items ?? [])}
          />
        </Form.Item>
        {number('questionCount', '每次抽题数', 1, 50, 'quiz-question-count')}
        {number('pointsPerQuestion', '每题分值', 1, 50, 'quiz-points')}
        {number('timeLimitMinutes', '答题限时（分钟）', 1, 60, 'quiz-time-limit')}
        {number('attemptsPerDay', '每人每天可答次数', 1, 20, 'quiz-attempts')}
        {number('targetPopulation', '目标人群人数（参与率分母）', 1, 10_000_000, 'quiz-target')}
        {text('targetLabel', '目标人群', 40, 'quiz-target-label')}
        <Form.Item label="答题前须短信验证手机号" name="smsRequired" valuePropName="checked">
          <Switch data-testid="quiz-sms" />
        </Form.Item>
        <Form.Item
          label="开始日期"
          name="opensOn"
          rules={[{ required: true, message: '请选择开始日期' }]}
        >
          <DatePicker format="YYYY-MM-DD" data-testid="quiz-opens" />
        </Form.Item>
        <Form.Item
          label="截止日期"
          name="closesOn"
          dependencies={['opensOn']}
          rules={[
            { required: true, message: '请选择截止日期' },
            ({ getFieldValue }) => ({
              validator: async (_, v?: Dayjs) => {
                const from = getFieldValue('opensOn') as Dayjs | undefined;
                if (v && from && v.isBefore(from, 'day'))
                  throw new Error('截止日期不能早于开始日期');
              },
            }),
          ]}
        >
          <DatePicker format="YYYY-MM-DD" data-testid="quiz-closes" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
