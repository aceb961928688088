import { App, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../api/client';
import { reviewApi, type FilingRow } from '../../api/review';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { formatDate } from '../../lib/format';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { ExportButton } from '../../components/ExportButton';

/** 备案登记: what was filed where and when, with the final text; the county centre sees its towns' filings. */
export default function FilingsPage() {
  const { message } = App.useApp();
  const [f, setF] = useState<{ year?: number; target?: string; page: number; pageSize: number }>({
    page: 1,
    pageSize: 20,
  });
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => reviewApi.filings({ ...f, orgId: townId }),
    [JSON.stringify(f), townId],
  );
  const { page: _p, pageSize: _s, ...rest } = f;
  const filter = { ...rest, orgId: townId };
  return (
    <Card
      title="备案登记"
      variant="borderless"
      extra={
        <ExportButton download={() => reviewApi.exportFilings(filter)} testId="filings-export" />
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <InputNumber
          placeholder="年度"
          min={2000}
          max={2100}
          precision={0}
          value={f.year}
          onChange={(y) => setF({ ...f, year: y ?? undefined, page: 1 })}
          style={{ width: 100 }}
        />
        <Select
          allowClear
          placeholder="备案机关"
          value={f.target}
          onChange={(target?: string) => setF({ ...f, target, page: 1 })}
          style={{ width: 200 }}
          options={[
            { value: 'county', label: '县级合法性审查中心' },
            { value: 'town', label: '镇人民政府（村规民约）' },
          ]}
        />
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <Table<FilingRow>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        data-testid="filings-table"
        locale={{ emptyText: <ListEmpty text="暂无备案记录" /> }}
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 件`,
          onChange: (page, pageSize) => setF({ ...f, page, pageSize }),
        }}
        columns={[
          {
            title: '事项',
            dataIndex: 'title',
            render: (t: string, r) => <Link to={`/review/items/${r.itemId}`}>{t}</Link>,
          },
          { title: '类型', dataIndex: 'typeLabel', width: 150 },
          {
            title: '乡镇 / 送审单位',
            key: 'org',
            width: 180,
            render: (_, r) => `${r.townName} / ${r.orgName}`,
          },
          { title: '备案机关', dataIndex: 'targetOrgName', width: 200 },
          { title: '备案日期', dataIndex: 'filedOn', width: 110, render: formatDate },
          {
            title: '按期',
            key: 'onTime',
            width: 120,
            render: (_, r) =>
              r.onTime === null ? (
                '—'
              ) : r.onTime ? (
                <Tag color="green">按期</Tag>
              ) : (
                <Tag color="red">逾期（{r.dueDate}）</Tag>
              ),
          },
          {
            title: '备案文本',
            dataIndex: 'fileName',
            width: 160,
            render: (n: string | null, r) =>
              r.fileId ? (
                <Typography.Link
                  onClick={() =>
                    reviewApi
                      .downloadFile(r.fileId!)
                      .catch((e: unknown) => message.error(errorText(e)))
                  }
                >
                  {n ?? '下载'}
                </Typography.Link>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
