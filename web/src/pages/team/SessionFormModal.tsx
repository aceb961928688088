import { type ButtonProps, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { teamApi, type SessionInput } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';

interface Values {
  kind: SessionInput['kind'];
  heldOn: Dayjs;
  title: string;
  lecturer?: string;
  attendees: string;
  absentees?: string;
  materials?: string;
}

/** One name (or material) per line, blanks dropped. */
const linesOf = (text?: string) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const tooLong = (max: number) => async (_: unknown, v?: string) => {
  if (linesOf(v).some((l) => l.length > 40)) throw new Error('每行不超过40字');
  if (linesOf(v).length > max) throw new Error(`最多${max}行`);
};

/** 登记学法活动: 会前学法 or 专题法治学习会 (or 日常学法), its day, topic, attendance and materials. */
export function SessionFormModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      teamApi.addSession({
        kind: v.kind,
        heldOn: v.heldOn.format('YYYY-MM-DD'),
        title: v.title,
        lecturer: v.lecturer?.trim() ? v.lecturer.trim() : undefined,
        attendees: linesOf(v.attendees),
        absentees: linesOf(v.absentees),
        materials: linesOf(v.materials),
      }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title="登记学法活动"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      okButtonProps={{ 'data-testid': 'session-save' } as ButtonProps}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'pre_meeting', heldOn: dayjs() }}>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select
            data-testid="session-kind"
            options={[
              { value: 'pre_meeting', label: '会前学法' },
              { value: 'thematic', label: '专题法治学习会' },
              { value: 'daily', label: '日常学法' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="学习日期"
          name="heldOn"
          rules={[{ required: true, message: '请选择学习日期' }]}
        >
          <DatePicker format="YYYY-MM-DD" data-testid="session-held-on" />
        </Form.Item>
        <Form.Item
          label="学习主题"
          name="title"
          rules={[
            { required: true, whitespace: true, message: '请填写学习主题' },
            { max: 80, message: '学习主题不超过80字' },
          ]}
        >
          <Input data-testid="session-title" />
        </Form.Item>
        <Form.Item
          label="主讲人"
          name="lecturer"
          rules={[{ max: 40, message: '主讲人不超过40字' }]}
        >
          <Input data-testid="session-lecturer" />
        </Form.Item>
        <Form.Item
          label="参加人员（每行一人）"
          name="attendees"
          rules={[
            {
              validator: async (_, v?: string) => {
                if (linesOf(v).length === 0) throw new Error('请填写参加人员');
              },
            },
            { validator: tooLong(200) },
          ]}
        >
          <Input.TextArea rows={3} data-testid="session-attendees" />
        </Form.Item>
        <Form.Item
          label="缺席人员及原因（每行一人）"
          name="absentees"
          rules={[{ validator: tooLong(200) }]}
        >
          <Input.TextArea rows={2} data-testid="session-absentees" />
        </Form.Item>
        <Form.Item
          label="学习材料（每行一项）"
          name="materials"
          rules={[{ validator: tooLong(200) }]}
        >
          <Input.TextArea rows={2} data-testid="session-materials" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
