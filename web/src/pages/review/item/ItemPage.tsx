import { Alert, Card, Col, Row, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { reviewApi, type ReviewItem } from '../../../api/review';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PrintButton } from '../../../components/PrintButton';
import { useRequest } from '../../../lib/use-request';
import { CONCLUSION_COLORS } from '../ReviewTable';
import { FindingsCard } from './FindingsCard';
import { HistoryCard } from './HistoryCard';
import { HitsPanel } from './HitsPanel';
import { InfoCard } from './InfoCard';
import { ItemActions } from './ItemActions';
import { MaterialsCard } from './MaterialsCard';
import { OpinionForm } from './OpinionForm';
import { RecordsCard } from './RecordsCard';
import { TextWithHits } from './TextWithHits';

/** One item: the reviewer's workspace (text with hits, findings, opinion), its materials, records and history. */
export default function ItemPage() {
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useRequest(() => reviewApi.get(id), [id]);
  const [item, setItem] = useState<ReviewItem | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<string>();
  useEffect(() => setItem(data ?? null), [data]);

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading && !item) return <Skeleton active />;
  if (!item) return null;
  const workspace = (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card size="small" title={`送审稿（第 ${item.version} 稿）`}>
          <TextWithHits
            text={item.text}
            hits={item.hits}
            selected={selected}
            onSelect={setSelected}
          />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <HitsPanel item={item} selected={selected} onSelect={setSelected} onChanged={setItem} />
          <FindingsCard item={item} onChanged={setItem} />
          <OpinionForm item={item} onChanged={setItem} />
        </Space>
      </Col>
    </Row>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="review-item">
      <Card
        variant="borderless"
        title={
          <Space wrap>
            <Link to="/review/items">审查事项</Link>/
            <Typography.Text strong>{item.title}</Typography.Text>
            <Tag color="blue" data-testid="review-state">
              {item.stateLabel}
            </Tag>
            {item.conclusionLabel && (
              <Tag color={CONCLUSION_COLORS[item.conclusion ?? '']}>{item.conclusionLabel}</Tag>
            )}
          </Space>
        }
        extra={
          <PrintButton
            testId="item-print"
            choices={[
              ...item.opinions
                .filter((o) => o.docNumber)
                .map((o) => ({
                  key: `service-${o.id}`,
                  label: `送达回证：意见书（${o.docNumber}）`,
                  href: `/print/review/items/${item.id}/service?opinion=${o.id}`,
                })),
              { key: 'summary', label: '事项摘要', href: `/print/review/items/${item.id}` },
            ]}
          />
        }
      >
        <ItemActions item={item} onChanged={setItem} />
        {item.sameOffice && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="same-office"
            title={item.sameOffice.message}
            description={`受理人：${item.sameOffice.acceptedBy ?? '—'}（已记入流转记录和审计日志）`}
          />
        )}
        {item.majorDecision && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="review-major-decision"
            title={
              <Space wrap>
                关联重大行政决策：
                <Link to={`/decisions/${item.majorDecision.id}`}>{item.majorDecision.title}</Link>
                <Tag>{item.majorDecision.stateLabel}</Tag>
              </Space>
            }
          />
        )}
        <InfoCard item={item} />
      </Card>
      <Tabs
        // The submitter's next job is usually the materials; everyone else's is the text and its hits.
        activeKey={tab ?? (item.abilities.addMaterial ? 'materials' : 'workspace')}
        onChange={setTab}
        items={[
          {
            key: 'workspace',
            label: `审查工作台${item.hits.length ? `（预审提示 ${item.hits.length}）` : ''}`,
            children: workspace,
          },
          {
            key: 'materials',
            label: '送审材料',
            children: <MaterialsCard item={item} onChanged={setItem} />,
          },
          {
            key: 'records',
            label: '审查意见与备案',
            children: <RecordsCard item={item} onChanged={setItem} />,
          },
          { key: 'history', label: '流转记录', children: <HistoryCard item={item} /> },
        ]}
      />
    </Space>
  );
}
