import { Alert, Table } from 'antd';
import type { NoticeRowError } from '../../../api/calendar';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** The server rejects a notice as a whole and lists each bad row in `details.errors`. */
export function NoticeRowErrors({ error }: { error: unknown }) {
  const rows = isApiError(error)
    ? (error.details as { errors?: NoticeRowError[] } | null)?.errors
    : undefined;
  if (!Array.isArray(rows) || !rows.length) return <ErrorAlert error={error} />;
  return (
    <div style={{ marginBottom: 12 }} data-testid="calendar-row-errors">
      <Alert
        type="error"
        showIcon
        title={`共 ${rows.length} 处错误，未保存任何内容`}
        style={{ marginBottom: 8 }}
      />
      <Table<NoticeRowError>
        size="small"
        rowKey={(r) => `${r.where}-${r.line ?? ''}-${r.message}`}
        dataSource={rows}
        pagination={{ pageSize: 6, hideOnSinglePage: true }}
        columns={[
          { title: '位置', dataIndex: 'where', width: 110 },
          { title: '问题', dataIndex: 'message' },
        ]}
      />
    </div>
  );
}
