import { App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { errorText } from '../../../api/client';
import { reviewApi, type Hit, type ReviewItem } from '../../../api/review';
import { BasisText } from '../../../components/BasisText';

const SEVERITY: Record<Hit['severity'], { color: string; label: string }> = {
  high: { color: 'red', label: '高' },
  medium: { color: 'orange', label: '中' },
  low: { color: 'gold', label: '低' },
};
const DECISION: Record<Hit['decision'], string> = {
  pending: 'default',
  accepted: 'green',
  dismissed: 'default',
};

/** 智能预审提示: each hit with its clause, basis and suggestion; the reviewer accepts (→ a finding) or dismisses it. */
export function HitsPanel({
  item,
  selected,
  onSelect,
  onChanged,
}: {
  item: ReviewItem;
  selected: string | null;
  onSelect: (id: string) => void;
  onChanged: (i: ReviewItem) => void;
}) {
  const { message } = App.useApp();
  const decide = async (hit: Hit, decision: 'accepted' | 'dismissed') => {
    try {
      onChanged(
        await reviewApi.decideHit(item.id, hit.id, {
          decision,
          ...(decision === 'dismissed' ? { note: '经核对不存在该问题' } : {}),
        }),
      );
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const pending = item.hits.filter((h) => h.decision === 'pending').length;
  return (
    <Card
      size="small"
      title={`智能预审提示（${item.hits.length} 条${pending ? `，待处理 ${pending} 条` : ''}）`}
      data-testid="review-hits"
    >
      {item.hits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未发现风险提示" />
      ) : (
        <List
          size="small"
          dataSource={item.hits}
          renderItem={(h) => (
            <List.Item
              onClick={() => onSelect(h.id)}
              style={{
                cursor: 'pointer',
                background: h.id === selected ? '#e6f4ff' : undefined,
                display: 'block',
              }}
              data-testid={`hit-${h.ruleId}`}
            >
              <Space size={4} wrap>
                <Tag color={SEVERITY[h.severity].color}>{SEVERITY[h.severity].label}</Tag>
                <Typography.Text strong>
                  {h.ruleId} {h.title}
                </Typography.Text>
                <Tag color={DECISION[h.decision]}>{h.decisionLabel}</Tag>
              </Space>
              {h.clause && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                  “{h.clause}”
                </Typography.Paragraph>
              )}
              <div style={{ fontSize: 12 }}>
                依据：
                <BasisText text={h.basis} />
              </div>
              <div style={{ fontSize: 12 }}>建议：{h.suggestion}</div>
              {item.abilities.decideHits && (
                <Space style={{ marginTop: 6 }}>
                  <Button
                    size="small"
                    type={h.decision === 'accepted' ? 'primary' : 'default'}
                    onClick={(e) => (e.stopPropagation(), void decide(h, 'accepted'))}
                    data-testid={`hit-accept-${h.ruleId}`}
                  >
                    采纳
                  </Button>
                  <Button
                    size="small"
                    type={h.decision === 'dismissed' ? 'primary' : 'default'}
                    onClick={(e) => (e.stopPropagation(), void decide(h, 'dismissed'))}
                    data-testid={`hit-dismiss-${h.ruleId}`}
                  >
                    不采纳
                  </Button>
                </Space>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
