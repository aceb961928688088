import { Card, Col, Row, Table, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  portalVillageApi,
  type AffairCategory,
  type PublicVillageItem,
} from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ListEmpty } from '../../../components/ListEmpty';
import { useRequest } from '../../../lib/use-request';
import { ComplaintForm } from './ComplaintForm';
import { DisclosureShell } from './DisclosureShell';

/** A village's public page: its published 党务/村务/财务, and a way to report what is missing. */
export default function VillagePage() {
  const { id = '' } = useParams();
  const [f, setF] = useState<{ category?: AffairCategory; page: number; pageSize: number }>({
    page: 1,
    pageSize: 20,
  });
  const { data, error, loading, reload } = useRequest(
    () => portalVillageApi.items(id, f),
    [id, JSON.stringify(f)],
  );
  return (
    <DisclosureShell>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <Card variant="borderless" title={data ? `${data.village.name} 三务公开` : '三务公开'}>
            <ErrorAlert error={error} onRetry={reload} />
            <Tabs
              activeKey={f.category ?? 'all'}
              onChange={(k) =>
                setF({
                  category: k === 'all' ? undefined : (k as AffairCategory),
                  page: 1,
                  pageSize: 20,
                })
              }
              items={[
                { key: 'all', label: '全部' },
                { key: 'party', label: '党务' },
                { key: 'village', label: '村务' },
                { key: 'finance', label: '财务' },
              ]}
            />
            <Table<PublicVillageItem>
              rowKey="id"
              loading={loading}
              dataSource={data?.items ?? []}
              data-testid="portal-village-items"
              locale={{ emptyText: <ListEmpty text="暂无公开事项" /> }}
              pagination={{
                current: f.page,
                pageSize: f.pageSize,
                total: data?.total ?? 0,
                onChange: (page) => setF({ ...f, page }),
              }}
              columns={[
                { title: '类别', dataIndex: 'categoryLabel', width: 70 },
                {
                  title: '标题',
                  dataIndex: 'title',
                  render: (t: string, r) => (
                    <>
                      {r.matterKind === 'major' && <Tag color="red">重大事项</Tag>}
                      <Link to={`/portal/disclosure/village-items/${r.id}`}>{t}</Link>
                    </>
                  ),
                },
                { title: '公开日期', dataIndex: 'publishedOn', width: 110 },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card variant="borderless" title="反映应公布未公布的事项">
            <ComplaintForm villageId={id} />
          </Card>
        </Col>
      </Row>
    </DisclosureShell>
  );
}
