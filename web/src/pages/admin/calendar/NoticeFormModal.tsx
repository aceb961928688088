import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { calendarApi, type EnteredNotice } from '../../../api/calendar';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { NoticeRowErrors } from './NoticeRowErrors';

interface Values {
  year: number;
  title: string;
  docNumber?: string;
  publishedOn?: Dayjs;
  days: { date?: Dayjs; kind: 'holiday' | 'workday'; name: string }[];
}

const KIND_OPTIONS = [
  { value: 'holiday', label: '放假' },
  { value: 'workday', label: '调休上班' },
];

/** Enters a year's 国务院办公厅 holiday notice day by day; a new version replaces the previous one. */
export function NoticeFormModal({
  open,
  year,
  onClose,
  onSaved,
}: {
  open: boolean;
  year: number;
  onClose: () => void;
  onSaved: (r: EnteredNotice) => void;
}) {
  const [form] = Form.useForm<Values>();
  const { error, saving, close, submit } = useFormSubmit(
    form,
    onClose,
    (v) =>
      calendarApi.createNotice({
        year: v.year,
        title: v.title.trim(),
        ...(v.docNumber?.trim() ? { docNumber: v.docNumber.trim() } : {}),
        ...(v.publishedOn ? { publishedOn: v.publishedOn.format('YYYY-MM-DD') } : {}),
        days: v.days.map((d) => ({
          date: d.date?.format('YYYY-MM-DD') ?? '',
          kind: d.kind,
          name: d.name.trim(),
        })),
      }),
    onSaved,
  );

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      year,
      title: `国务院办公厅关于${year}年部分节假日安排的通知`,
      docNumber: '',
      publishedOn: undefined,
      days: [{ kind: 'holiday', name: '元旦' }],
    });
  }, [open, year, form]);

  return (
    <Modal
      open={open}
      title="录入国务院放假安排"
      width={720}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="保存"
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title="逐日录入放假日期和调休上班日期；保存后该年度的日历以本通知为准，受影响的期限将重新计算。"
        style={{ marginBottom: 12 }}
      />
      <NoticeRowErrors error={error} />
      <Form<Values> form={form} layout="vertical">
        <Space align="start" wrap>
          <Form.Item label="年度" name="year" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item label="文号" name="docNumber">
            <Input placeholder="国办发明电〔2026〕×号" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="发布日期" name="publishedOn">
            <DatePicker format="YYYY-MM-DD" />
          </Form.Item>
        </Space>
        <Form.Item
          label="通知标题"
          name="title"
          rules={[{ required: true, whitespace: true, message: '请输入通知标题' }]}
        >
          <Input />
        </Form.Item>
        <Form.List
          name="days"
          rules={[
            {
              validator: async (_, days?: unknown[]) => {
                if (!days?.length) throw new Error('至少录入一天');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <div data-testid="notice-days">
              {fields.map((field) => (
                <Space key={field.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[field.name, 'date']}
                    rules={[{ required: true, message: '请选择日期' }]}
                  >
                    <DatePicker format="YYYY-MM-DD" placeholder="日期" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                    <Select options={KIND_OPTIONS} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, message: '请输入节日名称' }]}
                  >
                    <Input placeholder="节日名称，如 春节" style={{ width: 200 }} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label="删除此行"
                  />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'holiday', name: '' })}
                block
              >
                添加一天
              </Button>
              <Form.ErrorList errors={errors} />
            </div>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
