import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hazardsApi, type Hazard } from '../../../api/enforcement-inspections';
import { useAuth } from '../../../auth/auth-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagedTable } from '../../../components/PagedTable';
import { StepModal } from '../../../components/StepModal';
import { useRequest } from '../../../lib/use-request';

interface NewHazard {
  subjectName: string;
  description: string;
  level: string;
}

/** 隐患整改: hazards with their deadlines, filtered to the overdue ones or the 挂牌督办 list. */
export default function HazardsPage() {
  const navigate = useNavigate();
  const { can } = useAuth();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const [overdue, setOverdue] = useState(false);
  const [supervised, setSupervised] = useState(false);
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useRequest(
    () =>
      hazardsApi.list({
        ...page,
        ...(overdue ? { overdue: true } : {}),
        ...(supervised ? { supervised: true } : {}),
      }),
    [JSON.stringify(page), overdue, supervised],
  );
  return (
    <Card
      title="事故隐患整改"
      variant="borderless"
      extra={
        can('enforcement.inspection.record') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="hazard-create"
          >
            登记隐患
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }} wrap>
        <span>
          仅逾期未整改{' '}
          <Switch
            checked={overdue}
            onChange={(v) => {
              setOverdue(v);
              setPage({ ...page, page: 1 });
            }}
            data-testid="hazard-filter-overdue"
          />
        </span>
        <span>
          仅挂牌督办{' '}
          <Switch
            checked={supervised}
            onChange={(v) => {
              setSupervised(v);
              setPage({ ...page, page: 1 });
            }}
            data-testid="hazard-filter-supervised"
          />
        </span>
      </Space>
      <ErrorAlert error={error} onRetry={reload} />
      <PagedTable<Hazard>
        rowKey="id"
        scroll={{ x: 720 }}
        loading={loading}
        data-testid="hazards-table"
        data={data}
        paging={page}
        onPaging={setPage}
        emptyText="暂无隐患"
        onOpen={(r) => navigate(`/enforcement/hazards/${r.id}`)}
        columns={[
          { title: '发现日期', dataIndex: 'foundOn', width: 110 },
          { title: '单位', dataIndex: 'subjectName' },
          {
            title: '等级',
            dataIndex: 'levelLabel',
            width: 130,
            render: (l: string, r) => <Tag color={r.level === 'major' ? 'red' : 'blue'}>{l}</Tag>,
          },
          { title: '状态', dataIndex: 'statusLabel', width: 150 },
          {
            title: '期限',
            width: 190,
            render: (_, r) => {
              const due = r.supervisedOn ? r.supervisionDeadline : r.deadline;
              if (!due) return '—';
              return (
                <span>
                  {due}
                  {r.overdue && (
                    <Tag color="red" style={{ marginLeft: 6 }}>
                      逾期 {r.overdueWorkingDays} 个工作日
                    </Tag>
                  )}
                </span>
              );
            },
          },
        ]}
      />
      <StepModal<NewHazard>
        open={creating}
        title="登记事故隐患"
        onClose={() => setCreating(false)}
        initialValues={{ level: 'general' }}
        testId="hazard-create-form"
        onSubmit={async (v) => {
          const h = await hazardsApi.create(v);
          void navigate(`/enforcement/hazards/${h.id}`);
        }}
      >
        <Form.Item
          name="subjectName"
          label="隐患单位"
          rules={[{ required: true, message: '请填写单位' }]}
        >
          <Input data-testid="hazard-subject" />
        </Form.Item>
        <Form.Item
          name="description"
          label="隐患描述"
          rules={[{ required: true, message: '请描述隐患' }]}
        >
          <Input.TextArea rows={3} data-testid="hazard-description" />
        </Form.Item>
        <Form.Item name="level" label="隐患等级">
          <Select
            options={[
              { value: 'general', label: '一般事故隐患' },
              { value: 'major', label: '重大事故隐患' },
            ]}
          />
        </Form.Item>
      </StepModal>
    </Card>
  );
}
