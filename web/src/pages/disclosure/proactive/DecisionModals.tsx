import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Vocabulary } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

/** 不予公开: the ground of arts 14–16 and the reasons. */
export function WithholdModal({
  open,
  vocabulary,
  onClose,
  onSubmit,
}: {
  open: boolean;
  vocabulary?: Vocabulary;
  onClose: () => void;
  onSubmit: (ground: string, reason: string) => Promise<unknown>;
}) {
  const [form] = Form.useForm<{ ground: string; reason: string }>();
  const s = useFormSubmit(form, onClose, (v) => onSubmit(v.ground, v.reason.trim()));
  return (
    <Modal
      open={open}
      title="决定不予公开"
      onOk={() => void s.submit()}
      onCancel={s.close}
      confirmLoading={s.saving}
      okText="决定不予公开"
      okButtonProps={{ danger: true }}
      forceRender
    >
      <ErrorAlert error={s.error} />
      <Form form={form} layout="vertical">
        <Form.Item
          label="依据"
          name="ground"
          rules={[{ required: true, message: '请选择不予公开的依据' }]}
        >
          <Select
            options={Object.entries(vocabulary?.withholdGrounds ?? {}).map(([value, g]) => ({
              value,
              label: `${g.label}（第${g.article.replace('第', '')}）`,
            }))}
            data-testid="withhold-ground"
          />
        </Form.Item>
        <Form.Item
          label="具体理由"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写具体理由' }]}
          extra="不予公开的信息将按《政府信息公开条例》第十八条定期评估，到期提醒进入我的待办"
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="withhold-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 定期评估审查 (art 18): keep withholding, or release to 保密审查 because circumstances changed. */
export function ReassessModal({
  open,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  onSubmit: (release: boolean, opinion: string) => Promise<unknown>;
}) {
  const [form] = Form.useForm<{ release: boolean; opinion: string }>();
  const s = useFormSubmit(form, onClose, (v) => onSubmit(v.release, v.opinion.trim()));
  return (
    <Modal
      open={open}
      title="不予公开信息定期评估（第十八条）"
      onOk={() => void s.submit()}
      onCancel={s.close}
      confirmLoading={s.saving}
      forceRender
    >
      <ErrorAlert error={s.error} />
      <Form form={form} layout="vertical" initialValues={{ release: false }}>
        <Form.Item label="评估结论" name="release">
          <Radio.Group
            options={[
              { value: false, label: '继续不予公开' },
              { value: true, label: '因情势变化可以公开（转入保密审查）' },
            ]}
            data-testid="reassess-release"
          />
        </Form.Item>
        <Form.Item
          label="评估意见"
          name="opinion"
          rules={[{ required: true, whitespace: true, message: '请填写评估意见' }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="reassess-opinion" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 登记废止: the date a published 规范性文件 stops being in force. */
export function AbolishModal({
  open,
  onClose,
  onSubmit,
}: {
  open: boolean;
  onClose: () => void;
  onSubmit: (day: string) => Promise<unknown>;
}) {
  const [form] = Form.useForm<{ day: Dayjs }>();
  const s = useFormSubmit(form, onClose, (v) => onSubmit(v.day.format('YYYY-MM-DD')));
  return (
    <Modal
      open={open}
      title="登记规范性文件废止"
      onOk={() => void s.submit()}
      onCancel={s.close}
      confirmLoading={s.saving}
      forceRender
    >
      <ErrorAlert error={s.error} />
      <Form form={form} layout="vertical">
        <Form.Item
          label="废止日期"
          name="day"
          rules={[{ required: true, message: '请选择废止日期' }]}
          extra="文件仍留在目录中并标注“已废止”，年度报告表二计入本年废止件数"
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
