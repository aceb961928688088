import { type ButtonProps, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { pufaApi, type ContentInput } from '../../api/pufa';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmit } from '../../lib/use-form-submit';
import { AUDIENCE_OPTIONS, KIND_OPTIONS } from './content-options';

type Values = Omit<ContentInput, 'eventOn'> & { eventOn?: Dayjs };

const required = (label: string, max: number) => [
  { required: true, whitespace: true, message: `请填写${label}` },
  { max, message: `${label}不超过${max}字` },
];

/** 新增内容: an article, video or livestream, its topic, audience and the department (谁执法谁普法). */
export function ContentFormModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'article';
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    ({ eventOn, mediaUrl, ...v }) =>
      pufaApi.addContent({
        ...v,
        mediaUrl: mediaUrl?.trim() ? mediaUrl.trim() : undefined,
        eventOn: eventOn ? eventOn.format('YYYY-MM-DD') : undefined,
      }),
    onDone,
  );
  return (
    <Modal
      open={open}
      title="新增普法内容"
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      okButtonProps={{ 'data-testid': 'content-save' } as ButtonProps}
      width={640}
      forceRender
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'article', audience: 'public' }}>
        <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
          <Select data-testid="content-kind" options={KIND_OPTIONS} />
        </Form.Item>
        <Form.Item label="标题" name="title" rules={required('标题', 80)}>
          <Input data-testid="content-title" />
        </Form.Item>
        <Form.Item label="主题" name="topic" rules={required('主题', 20)}>
          <Input data-testid="content-topic" placeholder="如 反诈、民法典、妇女权益" />
        </Form.Item>
        <Form.Item
          label="普法对象"
          name="audience"
          rules={[{ required: true, message: '请选择普法对象' }]}
        >
          <Select data-testid="content-audience" options={AUDIENCE_OPTIONS} />
        </Form.Item>
        <Form.Item
          label="普法责任单位（谁执法谁普法）"
          name="department"
          rules={required('普法责任单位', 40)}
        >
          <Input data-testid="content-department" placeholder="如 综合行政执法队" />
        </Form.Item>
        <Form.Item label="正文或简介" name="body" rules={required('正文或简介', 20_000)}>
          <Input.TextArea rows={5} data-testid="content-body" />
        </Form.Item>
        {kind !== 'article' && (
          <Form.Item
            label="视频或直播地址"
            name="mediaUrl"
            rules={[
              { type: 'url', message: '视频或直播地址格式有误' },
              { pattern: /^https:\/\//, message: '视频或直播地址须为 https 链接' },
              { max: 500, message: '地址不超过500字' },
            ]}
          >
            <Input data-testid="content-media-url" placeholder="https://" />
          </Form.Item>
        )}
        {kind === 'livestream' && (
          <Form.Item
            label="直播日期"
            name="eventOn"
            rules={[{ required: true, message: '直播须填写直播日期' }]}
          >
            <DatePicker format="YYYY-MM-DD" data-testid="content-event-on" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
