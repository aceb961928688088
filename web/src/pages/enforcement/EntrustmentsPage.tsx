import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Form, Input, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { enforcementApi, type Entrustment } from '../../api/enforcement';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { useTown } from '../../lib/town';
import { useRequest } from '../../lib/use-request';
import { useVocabulary } from '../../lib/use-vocabulary';
import { FieldsItem } from './FieldsSelect';

interface Values {
  entrustingBody: string;
  fields: string[];
  powers: string;
  documentNo?: string;
  period: [Dayjs, Dayjs];
}

/**
 * 委托执法: the entrustments the town acts under (body, scope, powers, period), published on the portal
 * (《行政处罚法》第二十条). A 委托 case outside an entrustment's scope or period is refused.
 */
export default function EntrustmentsPage() {
  const { can } = useAuth();
  const { townId } = useTown();
  const vocab = useVocabulary('enforcement');
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () => enforcementApi.entrustments(townId),
    [townId],
  );
  return (
    <Card
      title="委托执法"
      variant="borderless"
      extra={
        can('enforcement.authority.manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="entrustment-create"
          >
            登记委托书
          </Button>
        )
      }
    >
      <ErrorAlert error={error ?? vocab.error} onRetry={reload} />
      <Table<Entrustment>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        data-testid="entrustments-table"
        locale={{ emptyText: <ListEmpty text="尚未登记委托书" /> }}
        columns={[
          { title: '委托机关', dataIndex: 'entrustingBody' },
          { title: '委托书文号', dataIndex: 'documentNo', render: (v: string | null) => v ?? '—' },
          {
            title: '委托范围',
            key: 'fields',
            render: (_, e) => e.fields.map((f) => <Tag key={f.key}>{f.label}</Tag>),
          },
          { title: '委托权限', dataIndex: 'powers', ellipsis: true },
          { title: '委托期限', key: 'period', render: (_, e) => `${e.startsOn} 至 ${e.endsOn}` },
          {
            title: '状态',
            key: 'current',
            render: (_, e) =>
              e.current ? <Tag color="green">期限内</Tag> : <Tag color="red">不在期限内</Tag>,
          },
        ]}
      />
      {creating && vocab.data && (
        <StepModal<Values>
          open
          title="登记委托书（《行政处罚法》第二十条）"
          okText="登记"
          onClose={() => setCreating(false)}
          onSubmit={async ({ period, documentNo, ...v }) => {
            await enforcementApi.createEntrustment({
              ...v,
              ...(documentNo ? { documentNo } : {}),
              startsOn: period[0].format('YYYY-MM-DD'),
              endsOn: period[1].format('YYYY-MM-DD'),
            });
            reload();
          }}
          testId="entrustment-new"
        >
          <Form.Item
            name="entrustingBody"
            label="委托机关"
            rules={[{ required: true, message: '请填写委托机关' }]}
          >
            <Input maxLength={100} data-testid="entrustment-body" />
          </Form.Item>
          <FieldsItem label="委托范围" options={vocab.data.fields} />
          <Form.Item name="powers" label="委托权限" rules={[{ required: true, message: '请填写' }]}>
            <Input.TextArea rows={2} maxLength={500} data-testid="entrustment-powers" />
          </Form.Item>
          <Form.Item name="documentNo" label="委托书文号">
            <Input maxLength={60} data-testid="entrustment-doc-no" />
          </Form.Item>
          <Form.Item name="period" label="委托期限" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker.RangePicker data-testid="entrustment-period" />
          </Form.Item>
        </StepModal>
      )}
    </Card>
  );
}
