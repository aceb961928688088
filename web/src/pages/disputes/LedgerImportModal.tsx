import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { disputesApi, type LedgerImportPreview } from '../../api/disputes';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * 导入调解台账: download the template, choose the filled XLSX, see every row with its problems (nothing
 * is written), then confirm: all rows are registered with their codes, or none when any row is wrong.
 */
export function LedgerImportModal({
  open,
  onClose,
}: {
  open: boolean;
  onClose: (imported: boolean) => void;
}) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<LedgerImportPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reset = () => {
    setFile(null);
    setPreview(null);
    setError(null);
  };
  const choose = async (f: File) => {
    reset();
    setFile(f);
    setBusy(true);
    try {
      setPreview(await disputesApi.previewImport(f));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const res = await disputesApi.importLedger(file);
      message.success(`已导入 ${res.imported} 件纠纷`);
      reset();
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title="导入调解台账"
      open={open}
      width={900}
      onCancel={() => {
        reset();
        onClose(false);
      }}
      okText="确认导入"
      confirmLoading={busy}
      okButtonProps={{
        disabled: !preview?.valid,
        ...({ 'data-testid': 'ledger-import-confirm' } as Record<`data-${string}`, string>),
      }}
      onOk={() => void confirm()}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void disputesApi.importTemplate()}>
            下载导入模板
          </Button>
          <Upload
            accept=".xlsx"
            showUploadList={false}
            beforeUpload={(f) => {
              void choose(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={busy} data-testid="ledger-import-file">
              选择已填写的台账（XLSX）
            </Button>
          </Upload>
          {file && <span>{file.name}</span>}
        </Space>
        <ErrorAlert error={error} />
        {preview && (
          <Alert
            type={preview.valid ? 'success' : 'error'}
            showIcon
            message={
              preview.valid
                ? `共 ${preview.rows.length} 件纠纷可以导入，确认后逐件生成纠纷编码`
                : `有 ${preview.errors.length} 处问题，修改后重新选择文件；有问题时不会导入任何纠纷`
            }
            data-testid="ledger-import-summary"
          />
        )}
        {preview && preview.errors.some((e) => !preview.rows.some((r) => r.row === e.row)) && (
          <ul data-testid="ledger-import-errors">
            {preview.errors
              .filter((e) => !preview.rows.some((r) => r.row === e.row))
              .map((e) => (
                <li key={`${e.row}:${e.column}:${e.message}`}>
                  第 {e.row} 行{e.column ? `“${e.column}”` : ''}：{e.message}
                </li>
              ))}
          </ul>
        )}
        {preview && preview.rows.length > 0 && (
          <Table
            rowKey="row"
            size="small"
            pagination={false}
            scroll={{ x: 800, y: 360 }}
            dataSource={preview.rows}
            data-testid="ledger-import-rows"
            columns={[
              { title: '行', dataIndex: 'row', width: 50 },
              { title: '受理日期', dataIndex: 'receivedOn', width: 100 },
              { title: '受理渠道', dataIndex: 'channelLabel', width: 140 },
              { title: '纠纷类型', dataIndex: 'categoryLabel', width: 90 },
              { title: '纠纷事项', dataIndex: 'title' },
              { title: '当事人', dataIndex: 'parties', width: 150 },
              {
                title: '检查结果',
                width: 200,
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    {r.errors.map((m) => (
                      <Tag color="red" key={m}>
                        {m}
                      </Tag>
                    ))}
                    {r.duplicateOf && (
                      <Tag color="gold">
                        可能重复：
                        {'code' in r.duplicateOf
                          ? r.duplicateOf.code
                          : `第 ${r.duplicateOf.row} 行`}
                      </Tag>
                    )}
                    {!r.errors.length && !r.duplicateOf && <Tag color="green">可以导入</Tag>}
                  </Space>
                ),
              },
            ]}
          />
        )}
      </Space>
    </Modal>
  );
}
