import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditFilters } from '../../api/audit';

type Criteria = Omit<AuditFilters, 'page' | 'pageSize'>;

interface Values {
  action?: string;
  actor?: string;
  targetType?: string;
  targetId?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const clean = (s?: string) => s?.trim() || undefined;

export function AuditFiltersBar({ onChange }: { onChange: (f: Criteria) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) =>
    onChange({
      action: clean(v.action),
      actor: clean(v.actor),
      targetType: clean(v.targetType),
      targetId: clean(v.targetId),
      from: v.range?.[0]?.format('YYYY-MM-DD'),
      to: v.range?.[1]?.format('YYYY-MM-DD'),
    });

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={apply}
      style={{ rowGap: 8, marginBottom: 16 }}
      data-testid="audit-filters"
    >
      <Form.Item name="action" label="动作">
        <Input
          placeholder="如 auth. 或 user.roles.assigned"
          allowClear
          style={{ width: 210 }}
          data-testid="audit-filter-action"
        />
      </Form.Item>
      <Form.Item name="actor" label="操作人">
        <Input
          placeholder="用户名"
          allowClear
          style={{ width: 120 }}
          data-testid="audit-filter-actor"
        />
      </Form.Item>
      <Form.Item name="targetType" label="对象类型">
        <Input placeholder="如 user、org" allowClear style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="targetId" label="对象编号">
        <Input allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="range" label="日期">
        <DatePicker.RangePicker format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" data-testid="audit-filter-submit">
          查询
        </Button>
        <Button
          style={{ marginInlineStart: 8 }}
          onClick={() => {
            form.resetFields();
            apply({});
          }}
        >
          重置
        </Button>
      </Form.Item>
    </Form>
  );
}
