import { type ButtonProps, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { pufaApi, type Question, type QuestionInput } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  topic: string;
  kind: Question['kind'];
  stem: string;
  optionLines?: string;
  answer?: number | number[];
  explanation: string;
  basis: string;
}

/** 判断题 options are fixed by the server (question-shape.ts): 正确 first, 错误 second. */
const JUDGE_OPTIONS = ['正确', '错误'];
const LETTERS = 'ABCDEF';

const linesOf = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The body the API takes (quiz.schema.ts questionBody) from what was typed. */
function questionInput(v: Values): QuestionInput {
  const answer = Array.isArray(v.answer) ? v.answer : v.answer === undefined ? [] : [v.answer];
  return {
    topic: v.topic,
    kind: v.kind,
    stem: v.stem,
    options: v.kind === 'judge' ? undefined : linesOf(v.optionLines),
    answer: [...answer].sort((a, b) => a - b),
    explanation: v.explanation,
    basis: v.basis,
  };
}

/** 新增题目: single, multiple or true-false, with its right answer, explanation and article. */
export function QuestionFormModal({
  open,
  topic,
  onClose,
  onDone,
}: {
  open: boolean;
  topic?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'single';
  const optionLines = Form.useWatch('optionLines', form) as string | undefined;
  const options = kind === 'judge' ? JUDGE_OPTIONS : linesOf(optionLines);
  useEffect(() => {
    if (open && topic && !form.getFieldValue('topic')) form.setFieldValue('topic', topic);
  }, [open, topic, form]);
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) => pufaApi.addQuestion(questionInput(v)),
    onDone,
  );
  return (
    <Modal
      open={open}
      title="新增题目"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      okButtonProps={{ 'data-testid': 'question-save' } as ButtonProps}
      width={640}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'single', topic }}>
        <Form.Item
          label="专题（题库）"
          name="topic"
          rules={[
            { required: true, whitespace: true, message: '请填写专题，如 反诈、民法典' },
            { max: 20, message: '专题不超过20字' },
          ]}
        >
          <Input data-testid="question-topic" placeholder="如 反诈、反邪教、民法典" />
        </Form.Item>
        <Form.Item label="题型" name="kind" rules={[{ required: true, message: '请选择题型' }]}>
          <Select
            data-testid="question-kind"
            onChange={() => form.setFieldValue('answer', undefined)}
            options={[
              { value: 'single', label: '单选题' },
              { value: 'multiple', label: '多选题' },
              { value: 'judge', label: '判断题' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="题干"
          name="stem"
          rules={[
            { required: true, whitespace: true, message: '请填写题干' },
            { max: 300, message: '题干不超过300字' },
          ]}
        >
          <Input.TextArea rows={2} data-testid="question-stem" />
        </Form.Item>
        {kind !== 'judge' && (
          <Form.Item
            label="选项（每行一项，2 至 6 项）"
            name="optionLines"
            rules={[
              {
                validator: async (_, v?: string) => {
                  const n = linesOf(v).length;
                  if (n < 2) throw new Error('至少两个选项');
                  if (n > 6) throw new Error('最多六个选项');
                  if (linesOf(v).some((l) => l.length > 120))
                    throw new Error('每个选项不超过120字');
                },
              },
            ]}
          >
            <Input.TextArea
              rows={4}
              data-testid="question-options"
              onChange={() => form.setFieldValue('answer', undefined)}
            />
          </Form.Item>
        )}
        <Form.Item
          label="正确答案"
          name="answer"
          rules={[{ required: true, message: '请选择正确答案' }]}
        >
          <Select
            data-testid="question-answer"
            mode={kind === 'multiple' ? 'multiple' : undefined}
            options={options.map((o, i) => ({
              value: i,
              label: kind === 'judge' ? o : `${LETTERS[i]}. ${o}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          label="答案解析"
          name="explanation"
          rules={[
            { required: true, whitespace: true, message: '请填写答案解析' },
            { max: 500, message: '答案解析不超过500字' },
          ]}
        >
          <Input.TextArea rows={2} data-testid="question-explanation" />
        </Form.Item>
        <Form.Item
          label="法律依据"
          name="basis"
          rules={[
            {
              required: true,
              whitespace: true,
              message: '请填写法律依据，如 《民法典》第一百四十八条',
            },
            { max: 100, message: '法律依据不超过100字' },
          ]}
        >
          <Input data-testid="question-basis" placeholder="如 《民法典》第一百四十八条" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
