import { ExportButton } from '../../../components/ExportButton';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { usersApi, type UserFilters } from '../../../api/users';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { UserCreateModal } from './UserCreateModal';
import { UserDrawer } from './UserDrawer';
import { UserFiltersBar } from './UserFiltersBar';
import { UserImportModal } from './UserImportModal';
import { UsersTable } from './UsersTable';

/** 用户管理: accounts in the caller's jurisdiction, with filters, export, import and a detail drawer. */
export default function UsersPage() {
  const [filters, setFilters] = useState<UserFilters>({ page: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => usersApi.list(filters),
    [JSON.stringify(filters)],
  );

  return (
    <Card
      title="用户管理"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.create && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="user-create"
            >
              新建账号
            </Button>
          )}
          {data?.abilities.import && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="user-import"
            >
              批量导入
            </Button>
          )}
          <ExportButton
            download={() => usersApi.exportXlsx(filters)}
            label="导出 Excel"
            testId="user-export"
          />
        </Space>
      }
    >
      <UserFiltersBar
        value={filters}
        onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
      />
      <ErrorAlert error={error} onRetry={reload} />
      <UsersTable
        data={data}
        loading={loading}
        onOpen={setOpenId}
        onPage={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
      />
      <UserDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
      <UserCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          reload();
          setOpenId(id);
        }}
      />
      <UserImportModal open={importing} onClose={() => setImporting(false)} onImported={reload} />
    </Card>
  );
}
