import { Divider, Timeline, Typography } from 'antd';
import type { AheadStep, PathStep } from '../api/workflow';
import { formatInstant } from '../lib/format';
import { WorkflowAhead } from './WorkflowAhead';

/** 流转记录 of a record: the steps taken (who, when, the article), then the steps still ahead. */
export function WorkflowPath({ path, ahead }: { path: PathStep[]; ahead: AheadStep[] }) {
  return (
    <div data-testid="workflow-path">
      {path.length ? (
        <Timeline
          items={path.map((s, i) => ({
            key: `${s.action}-${i}`,
            children: (
              <>
                <Typography.Text strong>{s.label}</Typography.Text>
                {s.toState && <span style={{ marginLeft: 8 }}>→ {s.toState}</span>}
                <span style={{ marginLeft: 8 }}>{s.actorName ?? '系统'}</span>
                <span style={{ marginLeft: 8, color: '#888' }}>{formatInstant(s.at)}</span>
                {s.note && <div>{s.note}</div>}
                {s.basis && <div style={{ fontSize: 12, color: '#888' }}>依据：{s.basis}</div>}
              </>
            ),
          }))}
        />
      ) : (
        <Typography.Text type="secondary">尚未办理任何步骤</Typography.Text>
      )}
      <Divider titlePlacement="start" plain>
        后续步骤
      </Divider>
      <WorkflowAhead ahead={ahead} />
    </div>
  );
}
