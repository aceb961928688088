import { List, Tag, Typography } from 'antd';
import type { AheadStep } from '../api/workflow';

/** The steps still ahead from the record's current state, read from its workflow table. */
export function WorkflowAhead({ ahead }: { ahead: AheadStep[] }) {
  if (!ahead.length) return <Typography.Text type="secondary">流程已结束</Typography.Text>;
  return (
    <List
      size="small"
      data-testid="workflow-ahead"
      dataSource={ahead}
      renderItem={(s) => (
        <List.Item key={s.action}>
          <Typography.Text strong>{s.label}</Typography.Text>
          <Tag style={{ marginLeft: 8 }}>{s.party}</Tag>
          {s.to.length > 0 && (
            <Typography.Text type="secondary">→ {s.to.join(' / ')}</Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}
