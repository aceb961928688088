import { DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { villageApi, type ComplaintInput } from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';

interface Values extends Omit<ComplaintInput, 'receivedOn'> {
  receivedOn: Dayjs;
}

/** A complaint brought to the town in person, by letter or by phone; the investigation period counts from receipt. */
export function RegisterComplaintModal({
  open,
  villages,
  onClose,
  onSaved,
}: {
  open: boolean;
  villages: { id: string; name: string }[];
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      villageApi.register({
        ...v,
        phone: v.phone?.trim() || undefined,
        receivedOn: v.receivedOn.format('YYYY-MM-DD'),
      }),
    (c) => onSaved(c.id),
  );
  return (
    <Modal
      open={open}
      title="登记村民反映"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="登记"
      forceRender
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          channel: 'visit',
          kind: 'not_published',
          category: 'finance',
          receivedOn: dayjs(),
        }}
      >
        <Form.Item
          label="被反映的村（社区）"
          name="villageId"
          rules={[{ required: true, message: '请选择' }]}
        >
          <Select options={villages.map((v) => ({ value: v.id, label: v.name }))} />
        </Form.Item>
        <Form.Item
          label="反映人"
          name="complainantName"
          rules={[{ required: true, whitespace: true, message: '请填写反映人姓名' }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          label="联系电话"
          name="phone"
          rules={[{ pattern: /^1[3-9]\d{9}$/, message: '手机号格式有误' }]}
        >
          <Input maxLength={11} />
        </Form.Item>
        <Form.Item label="渠道" name="channel">
          <Radio.Group
            options={[
              { value: 'visit', label: '来访' },
              { value: 'letter', label: '来信' },
              { value: 'phone', label: '来电' },
              { value: 'online', label: '网上' },
            ]}
          />
        </Form.Item>
        <Form.Item label="收到日期" name="receivedOn" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label="类别" name="category">
          <Radio.Group
            options={[
              { value: 'party', label: '党务' },
              { value: 'village', label: '村务' },
              { value: 'finance', label: '财务' },
            ]}
          />
        </Form.Item>
        <Form.Item label="性质" name="kind">
          <Radio.Group
            options={[
              { value: 'not_published', label: '应公布未公布' },
              { value: 'untrue', label: '公布不实' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="反映的事项"
          name="matter"
          rules={[{ required: true, whitespace: true, message: '请填写反映的事项' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
