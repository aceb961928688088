import {
  Button,
  type ButtonProps,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { teamApi, type ShufaInput } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  year: number;
  reporter: string;
  reporterPost: string;
  heldOn: Dayjs;
  form: ShufaInput['form'];
  summary: string;
  scores: { panelist: string; score: number }[];
}

const textRules = (label: string, max: number) => [
  { required: true, whitespace: true, message: `请填写${label}` },
  { max, message: `${label}不超过${max}字` },
];

/**
 * 登记述法: a leader's 述职述法 for the year — who, when, on site or written, what was reported — with
 * each panelist's score (述法评议). The year is the one reported on, so it may precede the day held.
 */
export function ShufaFormModal({
  open,
  year,
  onClose,
  onDone,
}: {
  open: boolean;
  year: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      teamApi.addShufa({
        year: v.year,
        reporter: v.reporter.trim(),
        reporterPost: v.reporterPost.trim(),
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        form: v.form,
        summary: v.summary.trim(),
        scores: v.scores.map((s) => ({ panelist: s.panelist.trim(), score: s.score })),
      }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title="登记述法"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      cancelText="取消"
      okButtonProps={{ 'data-testid': 'shufa-save' } as ButtonProps}
      width={640}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year, form: 'on_site', heldOn: dayjs(), scores: [{}] }}
      >
        <Space wrap>
          <Form.Item
            label="述法年度"
            name="year"
            rules={[{ required: true, message: '请填写述法年度' }]}
          >
            <InputNumber min={2000} max={2100} precision={0} data-testid="shufa-year" />
          </Form.Item>
          <Form.Item
            label="述法日期"
            name="heldOn"
            dependencies={['year']}
            rules={[
              { required: true, message: '请选择述法日期' },
              ({ getFieldValue }) => ({
                validator: async (_, v?: Dayjs) => {
                  const y = getFieldValue('year') as number | undefined;
                  if (v && y && v.year() < y) throw new Error('述法日期不能早于述法年度');
                  if (v && v.isAfter(dayjs(), 'day')) throw new Error('述法日期不能晚于今天');
                },
              }),
            ]}
          >
            <DatePicker format="YYYY-MM-DD" data-testid="shufa-held-on" />
          </Form.Item>
          <Form.Item
            label="述法形式"
            name="form"
            rules={[{ required: true, message: '请选择述法形式' }]}
          >
            <Select
              style={{ width: 140 }}
              data-testid="shufa-form"
              options={[
                { value: 'on_site', label: '现场述法' },
                { value: 'written', label: '书面述法' },
              ]}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item label="述法人" name="reporter" rules={textRules('述法人', 20)}>
            <Input data-testid="shufa-reporter" />
          </Form.Item>
          <Form.Item label="职务" name="reporterPost" rules={textRules('职务', 40)}>
            <Input style={{ width: 260 }} data-testid="shufa-post" />
          </Form.Item>
        </Space>
        <Form.Item label="述法要点" name="summary" rules={textRules('述法要点', 1000)}>
          <Input.TextArea rows={3} data-testid="shufa-summary" />
        </Form.Item>
        <Form.List
          name="scores"
          rules={[
            {
              validator: async (_, v?: unknown[]) => {
                if (!v?.length) throw new Error('请录入评议人评分');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline">
                  <Form.Item
                    name={[f.name, 'panelist']}
                    label={i === 0 ? '评议人' : undefined}
                    rules={textRules('评议人', 40)}
                  >
                    <Input data-testid={`shufa-panelist-${i}`} />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'score']}
                    label={i === 0 ? '评分（百分制）' : undefined}
                    rules={[{ required: true, message: '请填写评分' }]}
                  >
                    <InputNumber min={0} max={100} data-testid={`shufa-score-${i}`} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="link" onClick={() => remove(f.name)}>
                      删除
                    </Button>
                  )}
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add()} data-testid="shufa-add-panelist">
                  增加评议人
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
