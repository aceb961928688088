import { ExportButton } from '../../../components/ExportButton';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { proactiveApi, type ItemFilters } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTown } from '../../../lib/town';
import { useRequest } from '../../../lib/use-request';
import { CatalogueFilters } from './CatalogueFilters';
import { CatalogueTable } from './CatalogueTable';
import { ItemDrawer } from './ItemDrawer';
import { ItemFormModal } from './ItemFormModal';
import { useVocabulary } from '../../../lib/use-vocabulary';

/** 政府信息公开目录 as staff see it: every state, the art 26 clock in red when overdue, export, drafting. */
export default function CataloguePage() {
  const [params, setParams] = useSearchParams();
  const [filters, setFilters] = useState<ItemFilters>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const { data: vocab } = useVocabulary('proactive');
  const { townId } = useTown();
  const query = { ...filters, orgId: townId };
  const { data, error, loading, reload } = useRequest(
    () => proactiveApi.list(query),
    [JSON.stringify(query)],
  );
  const focus = params.get('focus');
  const open = (id: string | null) => setParams(id ? { focus: id } : {});

  return (
    <Card
      title="主动公开目录"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.create && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="item-create"
            >
              起草公开信息
            </Button>
          )}
          <ExportButton
            download={() => proactiveApi.exportXlsx(query)}
            label="导出目录"
            testId="catalogue-export"
          />
        </Space>
      }
    >
      <CatalogueFilters
        value={filters}
        vocabulary={vocab}
        onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
      />
      <ErrorAlert error={error} onRetry={reload} />
      <CatalogueTable
        data={data}
        loading={loading}
        onOpen={open}
        onPage={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
      />
      <ItemDrawer id={focus} onClose={() => open(null)} onChanged={reload} onOpen={open} />
      <ItemFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          reload();
          open(id);
        }}
      />
    </Card>
  );
}
