import { ExportButton } from '../../components/ExportButton';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { reviewApi, type ReviewFilters } from '../../api/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTown } from '../../lib/town';
import { filtersFromUrl } from '../../lib/url-filters';
import { useRequest } from '../../lib/use-request';
import { CreateItemModal } from './CreateItemModal';
import { ImportOfflineModal } from './ImportOfflineModal';
import { ReviewFiltersBar } from './ReviewFiltersBar';
import { ReviewTable } from './ReviewTable';

/** 合法性审查事项 and the 审查台账: filters, deadlines, export, new items and the offline import. */
export default function ReviewListPage() {
  const [params] = useSearchParams();
  // A drill-down link (驾驶舱, 法治指标) brings its filters in the query.
  const [filters, setFilters] = useState<ReviewFilters>(() => ({
    ...filtersFromUrl(
      params,
      ['type', 'state', 'channel', 'conclusion', 'orgId', 'month', 'townId'],
      ['year'],
    ),
    page: 1,
    pageSize: 20,
  }));
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const { townId } = useTown();
  // Staff above the town see the town chosen in the header unless they pick an office of it.
  const query = { ...filters, orgId: filters.orgId ?? townId };
  const { data, error, loading, reload } = useRequest(
    () => reviewApi.list(query),
    [JSON.stringify(query)],
  );

  return (
    <Card
      title="合法性审查事项"
      variant="borderless"
      extra={
        <Space>
          {data?.abilities.create && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="review-create"
            >
              新建送审
            </Button>
          )}
          {data?.abilities.import && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="review-import"
            >
              导入线下审查
            </Button>
          )}
          <ExportButton
            download={() => reviewApi.exportXlsx(query)}
            label="导出台账"
            testId="review-export"
          />
          {selected.length > 0 && (
            <ExportButton
              download={() => reviewApi.exportSelected(selected, townId)}
              label={`导出所选（${selected.length}）`}
              testId="review-export-selected"
            />
          )}
        </Space>
      }
    >
      <ReviewFiltersBar
        value={filters}
        onChange={(f) => setFilters({ ...f, page: 1, pageSize: filters.pageSize })}
      />
      <ErrorAlert error={error} onRetry={reload} />
      <ReviewTable
        data={data}
        loading={loading}
        selected={selected}
        onSelect={setSelected}
        onPage={(page, pageSize) => setFilters({ ...filters, page, pageSize })}
      />
      <CreateItemModal open={creating} onClose={() => setCreating(false)} />
      <ImportOfflineModal
        open={importing}
        onClose={() => setImporting(false)}
        onImported={reload}
      />
    </Card>
  );
}
