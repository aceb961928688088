import { Card, Divider, Timeline, Typography } from 'antd';
import type { ReviewItem } from '../../../api/review';
import { WorkflowAhead } from '../../../components/WorkflowAhead';
import { formatInstant } from '../../../lib/format';
import { BasisText } from '../../../components/BasisText';

/** 流转记录: every step with who took it, when, and the article it rests on (全过程留痕), then the steps ahead. */
export function HistoryCard({ item }: { item: ReviewItem }) {
  return (
    <Card size="small" title="流转记录" data-testid="review-history">
      <Timeline
        items={item.steps.map((s) => ({
          children: (
            <>
              <Typography.Text strong>{s.toStateLabel}</Typography.Text>
              <span style={{ marginLeft: 8 }}>{s.actorName ?? '系统'}</span>
              <span style={{ marginLeft: 8, color: '#888' }}>{formatInstant(s.at)}</span>
              {s.version > 1 && (
                <span style={{ marginLeft: 8, color: '#888' }}>第 {s.version} 稿</span>
              )}
              {s.note && <div>{s.note}</div>}
              {s.basis && (
                <div style={{ fontSize: 12, color: '#888' }}>
                  依据：
                  <BasisText text={s.basis} />
                </div>
              )}
            </>
          ),
        }))}
      />
      <Divider titlePlacement="start" plain>
        后续步骤
      </Divider>
      <WorkflowAhead ahead={item.ahead} />
    </Card>
  );
}
