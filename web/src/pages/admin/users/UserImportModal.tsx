import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { errorText, isApiError } from '../../../api/client';
import { usersApi, type ImportRowError } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** Row errors travel in `details.errors`; when present, nothing was written. */
const rowErrorsOf = (e: unknown): ImportRowError[] | null => {
  if (!isApiError(e) || e.status !== 400) return null;
  const errors = (e.details as { errors?: ImportRowError[] } | null)?.errors;
  return Array.isArray(errors) ? errors : null;
};

/** Bulk import from the XLSX template: all rows or none. */
export function UserImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
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
      const { created } = await usersApi.importXlsx(file);
      message.success(`导入成功，共新建 ${created} 个账号`);
      onImported();
      close();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const template = async () => {
    try {
      await usersApi.template();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const rowErrors = rowErrorsOf(error);
  return (
    <Modal open={open} title="批量导入账号" onCancel={close} footer={<Button onClick={close}>关闭</Button>} width={640}>
      <Alert
        type="info"
        showIcon
        title="请使用导入模板填写：用户名、姓名、机构代码、手机号、初始密码"
        description="文件中任何一行有误时整个文件都不会导入，请按下方提示修改后重新上传。"
        action={<Button size="small" onClick={() => void template()} data-testid="user-import-template">下载模板</Button>}
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
        data-testid="user-import-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? '正在导入…' : '点击或拖拽 XLSX 文件到此处'}</p>
      </Upload.Dragger>
      {rowErrors ? (
        <>
          <Alert type="error" showIcon title={`共 ${rowErrors.length} 处错误，未导入任何账号`} style={{ margin: '16px 0 8px' }} />
          <Table<ImportRowError>
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.message}`}
            dataSource={rowErrors}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            data-testid="user-import-errors"
            columns={[
              { title: '行号', dataIndex: 'row', width: 70 },
              { title: '列', dataIndex: 'column', width: 110 },
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
