import { Descriptions, Table } from 'antd';
import type { AuditEvent } from '../../api/audit';
import { BasisText } from '../../components/BasisText';

interface ChangeRow {
  field: string;
  before: unknown;
  after: unknown;
}

const show = (v: unknown) =>
  v === null || v === undefined ? (
    <span style={{ color: '#999' }}>（空）</span>
  ) : typeof v === 'string' ? (
    v
  ) : (
    <code>{JSON.stringify(v)}</code>
  );

/** `changes` is `{ field: { before, after } }`; anything else is shown as it is. */
function rowsOf(changes: Record<string, unknown>): ChangeRow[] {
  return Object.entries(changes).map(([field, c]) =>
    c && typeof c === 'object' && ('before' in c || 'after' in c)
      ? { field, before: (c as ChangeRow).before, after: (c as ChangeRow).after }
      : { field, before: undefined, after: c },
  );
}

/** The expanded row of an audit event: before/after of each changed field, the legal basis, the rest. */
export function EventDetail({ event }: { event: AuditEvent }) {
  return (
    <div data-testid="audit-event-detail">
      {event.changes && Object.keys(event.changes).length > 0 && (
        <Table<ChangeRow>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rowsOf(event.changes)}
          style={{ marginBottom: 12 }}
          columns={[
            {
              title: '字段',
              dataIndex: 'field',
              width: 160,
              render: (f: string) => <code>{f}</code>,
            },
            { title: '变更前', dataIndex: 'before', render: show },
            { title: '变更后', dataIndex: 'after', render: show },
          ]}
        />
      )}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="事件编号">
          <code>{event.id}</code>
        </Descriptions.Item>
        {event.targetId && (
          <Descriptions.Item label="对象编号">
            <code>{event.targetId}</code>
          </Descriptions.Item>
        )}
        {event.basis && (
          <Descriptions.Item label="依据">
            <BasisText text={event.basis} />
          </Descriptions.Item>
        )}
        {event.meta && (
          <Descriptions.Item label="附加信息">
            <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(event.meta, null, 2)}</code>
          </Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
