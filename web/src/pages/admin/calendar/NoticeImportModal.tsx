import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Upload } from 'antd';
import { useEffect } from 'react';
import { calendarApi, type EnteredNotice } from '../../../api/calendar';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { NoticeRowErrors } from './NoticeRowErrors';

interface Values {
  title: string;
  docNumber?: string;
  csv: string;
}

const SAMPLE = `date,kind,name
2027-01-01,holiday,元旦
2027-02-06,workday,春节调休上班`;

/** Pastes or uploads a year's notice as CSV; any bad row rejects the whole file. */
export function NoticeImportModal({
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
      calendarApi.importCsv({
        year,
        title: v.title.trim(),
        csv: v.csv,
        ...(v.docNumber?.trim() ? { docNumber: v.docNumber.trim() } : {}),
      }),
    onSaved,
  );

  useEffect(() => {
    if (!open) return;
    form.setFieldsValue({
      title: `国务院办公厅关于${year}年部分节假日安排的通知`,
      docNumber: '',
      csv: '',
    });
  }, [open, year, form]);

  return (
    <Modal
      open={open}
      title={`导入 ${year} 年放假安排（CSV）`}
      width={680}
      onOk={() => void submit()}
      onCancel={close}
      confirmLoading={saving}
      okText="导入"
      forceRender
    >
      <Alert
        type="info"
        showIcon
        title="每行一天：日期,类型,名称；类型为 holiday/workday 或 放假/上班；可有表头行"
        description={<pre style={{ margin: 0 }}>{SAMPLE}</pre>}
        style={{ marginBottom: 12 }}
      />
      <NoticeRowErrors error={error} />
      <Form<Values> form={form} layout="vertical">
        <Form.Item
          label="通知标题"
          name="title"
          rules={[{ required: true, whitespace: true, message: '请输入通知标题' }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label="文号" name="docNumber">
          <Input />
        </Form.Item>
        <Form.Item
          label="CSV 内容"
          name="csv"
          rules={[{ required: true, whitespace: true, message: '请粘贴 CSV 内容或选择文件' }]}
        >
          <Input.TextArea rows={8} placeholder={SAMPLE} data-testid="calendar-csv" />
        </Form.Item>
        <Upload
          accept=".csv,text/csv"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((csv) => form.setFieldsValue({ csv }));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>从文件读取</Button>
        </Upload>
      </Form>
    </Modal>
  );
}
