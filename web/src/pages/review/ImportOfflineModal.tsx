import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { errorText, isApiError } from '../../api/client';
import { reviewApi } from '../../api/review';
import { ErrorAlert } from '../../components/ErrorAlert';

interface RowError {
  row: number;
  column: string | null;
  message: string;
}

const rowErrorsOf = (e: unknown): RowError[] | null => {
  if (!isApiError(e) || e.status !== 400) return null;
  const errors = (e.details as { errors?: RowError[] } | null)?.errors;
  return Array.isArray(errors) ? errors : null;
};

/** 三清一促: village contracts reviewed offline, imported from the XLSX template and pre-reviewed; all rows or none. */
export function ImportOfflineModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { message } = App.useApp();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setError(null);
    onClose();
  };
  const upload = async (file: File) => {
    setBusy(true);
    setError(null);
    try {
      const r = await reviewApi.importXlsx(file);
      message.success(`导入 ${r.imported} 份合同，智能预审发现 ${r.withHits} 份存在风险提示（共 ${r.hits} 条）`);
      onImported();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const rowErrors = rowErrorsOf(error);
  return (
    <Modal open={open} title="导入线下审查的村级合同" onCancel={close} footer={<Button onClick={close}>关闭</Button>} width={680}>
      <Alert
        type="info"
        showIcon
        title="请使用导入模板，每行一份线下审查的村级合同"
        description="导入后逐份进行智能预审，记为“线下审查（补录）”；任何一行有误时整个文件都不会导入。"
        action={
          <Button size="small" onClick={() => reviewApi.importTemplate().catch((e: unknown) => message.error(errorText(e)))} data-testid="review-import-template">
            下载模板
          </Button>
        }
        style={{ marginBottom: 16 }}
      />
      <Upload.Dragger accept=".xlsx" multiple={false} showUploadList={false} disabled={busy} beforeUpload={(file) => (void upload(file), false)} data-testid="review-import-file">
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? '正在导入并预审…' : '点击或拖拽 XLSX 文件到此处'}</p>
      </Upload.Dragger>
      {rowErrors ? (
        <>
          <Alert type="error" showIcon title={`共 ${rowErrors.length} 处错误，未导入任何合同`} style={{ margin: '16px 0 8px' }} />
          <Table<RowError>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            dataSource={rowErrors}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            data-testid="review-import-errors"
            columns={[
              { title: '行号', dataIndex: 'row', width: 70 },
              { title: '列', dataIndex: 'column', width: 130, render: (c: string | null) => c ?? '—' },
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
