import { Alert, Card, Descriptions, List, Space, Tag } from 'antd';
import type { ReviewItem } from '../../../api/review';
import { ClockStatusTag } from '../../../components/ClockStatusTag';
import { formatDate, formatInstant } from '../../../lib/format';
import { BasisText } from '../../../components/BasisText';

const yuan = (fen: unknown) =>
  typeof fen === 'number' ? `${(fen / 100).toLocaleString('zh-CN')} 元` : null;

/** The item's facts: who submitted it, its deadlines with their basis, its structured facts and the vote checks. */
export function InfoCard({ item }: { item: ReviewItem }) {
  const f = item.fields as Record<string, unknown>;
  const clock = (c: ReviewItem['clock'], label: string) =>
    c && (
      <Descriptions.Item label={label} span={2}>
        <Space wrap>
          <ClockStatusTag status={c.status} clockId={c.id} />
          <span>
            {formatDate(c.startDate)} 起 {c.limitDays} {c.unit === 'working' ? '个工作日' : '日'}，
            {c.state === 'stopped'
              ? `已于 ${formatDate(c.stoppedOn)} 办结`
              : `届满日 ${formatDate(c.dueDate)}`}
          </span>
          <span style={{ color: '#888', fontSize: 12 }}>
            <BasisText text={c.basis} />
          </span>
        </Space>
      </Descriptions.Item>
    );
  return (
    <Card size="small" title="送审信息" data-testid="review-info">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="事项类型">{item.typeLabel}</Descriptions.Item>
        <Descriptions.Item label="送审单位">{item.org.name}</Descriptions.Item>
        <Descriptions.Item label="审查方式">
          {item.channelLabel} · {item.trackLabel}
        </Descriptions.Item>
        <Descriptions.Item label="涉及市场主体">
          {item.affectsMarket ? <Tag color="orange">是，须公平竞争审查</Tag> : '否'}
        </Descriptions.Item>
        <Descriptions.Item label="送审时间">{formatInstant(item.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label="受理日期">{formatDate(item.acceptedOn)}</Descriptions.Item>
        {clock(item.clock, '审查期限')}
        {clock(item.filingClock, '备案期限')}
        {typeof f.counterparty === 'string' && (
          <Descriptions.Item label="合同相对方">{f.counterparty}</Descriptions.Item>
        )}
        {yuan(f.amountFen) && (
          <Descriptions.Item label="合同金额">{yuan(f.amountFen)}</Descriptions.Item>
        )}
        {f.termYears !== undefined && (
          <Descriptions.Item label="期限">{String(f.termYears)} 年</Descriptions.Item>
        )}
        {typeof f.plannedDecisionDate === 'string' && (
          <Descriptions.Item label="拟讨论日期">{f.plannedDecisionDate}</Descriptions.Item>
        )}
        {item.filingTargetLabel && (
          <Descriptions.Item label="备案机关">{item.filingTargetLabel}</Descriptions.Item>
        )}
      </Descriptions>
      {item.missingMaterials.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`缺少必需材料：${item.missingMaterials.join('、')}`}
        />
      )}
      {item.voteChecks.length > 0 && (
        <List
          size="small"
          header="表决情况核对"
          dataSource={item.voteChecks}
          data-testid="review-vote-checks"
          renderItem={(c) => (
            <List.Item>
              <Space wrap>
                <Tag color={c.ok ? 'green' : 'red'}>{c.ok ? '符合' : '不符合'}</Tag>
                <span>
                  {c.label}：{c.detail}
                </span>
                <span style={{ color: '#888', fontSize: 12 }}>
                  <BasisText text={c.basis} />
                </span>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
