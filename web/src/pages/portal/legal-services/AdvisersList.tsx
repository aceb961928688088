import { Table } from 'antd';
import { legalPortalApi, type Adviser } from '../../../api/legal-services';
import { BasisText } from '../../../components/BasisText';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';

/** 村法律顾问: each village's adviser with the published hours, place and contact. */
export function AdvisersList() {
  const { data, error, loading, reload } = useRequest(() => legalPortalApi.advisers(), []);
  return (
    <>
      <ErrorAlert error={error} onRetry={reload} />
      {data && (
        <p>
          {data.town}各村（社区）法律顾问的接待时间、场所和联系方式（
          <BasisText text={data.basis} />
          ）。
        </p>
      )}
      <Table<Adviser>
        rowKey="id"
        size="small"
        scroll={{ x: 700 }}
        loading={loading}
        pagination={false}
        dataSource={data?.items ?? []}
        data-testid="portal-advisers"
        columns={[
          { title: '村（社区）', dataIndex: 'village', width: 120 },
          { title: '法律顾问', dataIndex: 'name', width: 90 },
          { title: '所在机构', dataIndex: 'firm' },
          { title: '接待时间', dataIndex: 'hours', width: 170 },
          { title: '接待场所', dataIndex: 'place' },
          { title: '联系电话', dataIndex: 'phone', width: 130 },
        ]}
      />
    </>
  );
}
