import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { errorText, isApiError } from '../api/client';
import { ErrorAlert } from './ErrorAlert';

interface RowError {
  row: number;
  column: string | null;
  message: string;
}

/** Row problems travel in `details.errors` of a 400; when present, nothing was written. */
const rowErrorsOf = (e: unknown): RowError[] | null => {
  if (!isApiError(e) || e.status !== 400) return null;
  const errors = (e.details as { errors?: RowError[] } | null)?.errors;
  return Array.isArray(errors) ? errors : null;
};

interface XlsxImportModalProps {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
  title: string;
  hint: { title: string; description: string };
  /** What the rows are, for "共 N 处错误，未导入任何{noun}". */
  noun: string;
  busyText?: string;
  /** Uploads the file; resolves with the success message. */
  upload: (file: File) => Promise<string>;
  template: () => Promise<void>;
  testIdPrefix: string;
}

/** Bulk import from an XLSX template: all rows or none, with every row's problem listed when refused. */
export function XlsxImportModal(p: XlsxImportModalProps) {
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setError(null);
    p.onClose();
  };

  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      message.success(await p.upload(file));
      p.onImported();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const rowErrors = rowErrorsOf(error);
  return (
    <Modal
      open={p.open}
      title={p.title}
      onCancel={close}
      footer={<Button onClick={close}>关闭</Button>}
      width={680}
    >
      <Alert
        type="info"
        showIcon
        title={p.hint.title}
        description={p.hint.description}
        action={
          <Button
            size="small"
            onClick={() => p.template().catch((e: unknown) => message.error(errorText(e)))}
            data-testid={`${p.testIdPrefix}-template`}
          >
            下载模板
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
      <Upload.Dragger
        accept=".xlsx"
        multiple={false}
        showUploadList={false}
        disabled={busy}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
        data-testid={`${p.testIdPrefix}-file`}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? (p.busyText ?? '正在导入…') : '点击或拖拽 XLSX 文件到此处'}</p>
      </Upload.Dragger>
      {rowErrors ? (
        <>
          <Alert
            type="error"
            showIcon
            title={`共 ${rowErrors.length} 处错误，未导入任何${p.noun}`}
            style={{ margin: '16px 0 8px' }}
          />
          <Table<RowError>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            dataSource={rowErrors}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            data-testid={`${p.testIdPrefix}-errors`}
            columns={[
              { title: '行号', dataIndex: 'row', width: 70 },
              {
                title: '列',
                dataIndex: 'column',
                width: 130,
                render: (c: string | null) => c ?? '—',
              },
              { title: '问题', dataIndex: 'message' },
            ]}
          />
        </>
      ) : (
        <div style={{ marginTop: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
    </Modal>
  );
}
