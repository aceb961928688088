import { ExportButton } from '../../components/ExportButton';
import { SafetyOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { auditApi, type AuditEvent, type AuditFilters, type VerifyResult } from '../../api/audit';
import { errorText } from '../../api/client';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatInstant } from '../../lib/format';
import { useRequest } from '../../lib/use-request';
import { AuditFiltersBar } from './AuditFiltersBar';
import { EventDetail } from './EventDetail';
import { VerifyPanel } from './VerifyPanel';

/** 审计日志: the append-only, hash-chained trail; read and verified by the audit admin only. */
export default function AuditPage() {
  const { message } = App.useApp();
  const auth = useAuth();
  const [filters, setFilters] = useState<AuditFilters>({ page: 1, pageSize: 20 });
  const [verifying, setVerifying] = useState(false);
  const [verify, setVerify] = useState<VerifyResult | null>(null);
  const { data, error, loading, reload } = useRequest(
    () => auditApi.events(filters),
    [JSON.stringify(filters)],
  );

  const runVerify = async () => {
    setVerifying(true);
    try {
      setVerify(await auditApi.verify());
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setVerifying(false);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="审计日志"
        variant="borderless"
        extra={
          <Space>
            {auth.can('audit.chain.verify') && (
              <Button
                type="primary"
                icon={<SafetyOutlined />}
                loading={verifying}
                onClick={() => void runVerify()}
                data-testid="audit-verify"
              >
                校验哈希链
              </Button>
            )}
            {auth.can('audit.chain.verify') && (
              <ExportButton download={auditApi.anchors} label="下载锚点" testId="audit-anchors" />
            )}
            <ExportButton
              download={() => auditApi.exportXlsx(filters)}
              label="导出 Excel"
              testId="audit-export"
            />
          </Space>
        }
      >
        {verify && <VerifyPanel result={verify} onClose={() => setVerify(null)} />}
        <AuditFiltersBar
          onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
        />
        <ErrorAlert error={error} onRetry={reload} />
        <Table<AuditEvent>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.items ?? []}
          data-testid="audit-table"
          locale={{ emptyText: <ListEmpty text="没有符合条件的审计记录" /> }}
          expandable={{ expandedRowRender: (e) => <EventDetail event={e} /> }}
          pagination={{
            current: data?.page ?? 1,
            pageSize: data?.pageSize ?? 20,
            total: data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (t) => `共 ${t} 条`,
            onChange: (page, pageSize) => setFilters({ ...filters, page, pageSize }),
          }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 170, render: formatInstant },
            {
              title: '操作人',
              dataIndex: 'actorName',
              width: 120,
              render: (v: string | null) => v ?? '系统',
            },
            { title: '动作', dataIndex: 'action', render: (a: string) => <code>{a}</code> },
            {
              title: '对象',
              key: 'target',
              render: (_, e) =>
                e.targetType ? (
                  <span>
                    {e.targetType} <code style={{ color: '#888' }}>{e.targetId?.slice(0, 8)}</code>
                  </span>
                ) : (
                  '—'
                ),
            },
            { title: '机构', dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
            {
              title: 'IP 地址',
              dataIndex: 'ip',
              width: 130,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: '链 / 序号',
              key: 'seq',
              width: 110,
              render: (_, e) => <Tag>{`${e.chainId.slice(0, 6)} #${e.seq}`}</Tag>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}
