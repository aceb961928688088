import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import { fcrApi, type FcrRow } from '../../../api/review';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagedTable } from '../../../components/PagedTable';
import { useTown } from '../../../lib/town';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { useRequest } from '../../../lib/use-request';
import { CleanupCard } from './CleanupCard';
import { FcrDrawer } from './FcrDrawer';
import { ExportButton } from '../../../components/ExportButton';

/** 公平竞争审查: measures under review with their written conclusions, and the clean-up of existing documents. */
export default function FcrPage() {
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [openId, setOpenId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ title: string; draftingUnit: string; text: string }>();
  const { townId } = useTown();
  const { data, error, loading, reload } = useRequest(
    () => fcrApi.list({ ...page, orgId: townId }),
    [JSON.stringify(page), townId],
  );
  const {
    error: createError,
    saving,
    close,
    submit,
  } = useFormSubmit(
    form,
    () => setCreating(false),
    (v) => fcrApi.create(v),
    (r) => {
      reload();
      setOpenId(r.id);
    },
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title="公平竞争审查"
        variant="borderless"
        extra={
          <Space>
            {data?.abilities.create && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="fcr-create"
              >
                新建审查
              </Button>
            )}
            <ExportButton download={() => fcrApi.exportXlsx(townId)} testId="fcr-export" />
          </Space>
        }
      >
        <ErrorAlert error={error} onRetry={reload} />
        <PagedTable<FcrRow>
          rowKey="id"
          loading={loading}
          data-testid="fcr-table"
          data={data}
          paging={page}
          onPaging={setPage}
          emptyText="暂无公平竞争审查记录"
          onOpen={(r) => setOpenId(r.id)}
          columns={[
            { title: '政策措施', dataIndex: 'title' },
            { title: '起草单位', dataIndex: 'draftingUnit', width: 160 },
            {
              title: '自动标注',
              dataIndex: 'flagCount',
              width: 100,
              render: (n: number) => (n ? <Tag color="orange">{n} 处</Tag> : '—'),
            },
            {
              title: '审查结论',
              dataIndex: 'outcomeLabel',
              width: 240,
              render: (l: string | null, r) =>
                l ? (
                  <Tag color={r.outcome === 'non_compliant' ? 'red' : 'green'}>{l}</Tag>
                ) : (
                  <Tag>审查中</Tag>
                ),
            },
            {
              title: '结论日期',
              dataIndex: 'concludedOn',
              width: 110,
              render: (d: string | null) => d ?? '—',
            },
          ]}
        />
      </Card>
      <CleanupCard />
      <FcrDrawer id={openId} onClose={() => setOpenId(null)} onChanged={reload} />
      <Modal
        open={creating}
        title="新建公平竞争审查"
        onCancel={close}
        onOk={() => void submit()}
        confirmLoading={saving}
        width={640}
        destroyOnHidden
      >
        <ErrorAlert error={createError} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="title"
            label="政策措施名称"
            rules={[{ required: true, min: 4, message: '请填写名称' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="draftingUnit"
            label="起草单位"
            rules={[{ required: true, message: '请填写起草单位' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="text"
            label="政策措施全文"
            rules={[{ required: true, min: 10, message: '请粘贴全文' }]}
          >
            <Input.TextArea rows={8} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
