import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import type { CockpitIndicator } from '../../../api/cockpit';
import { LIGHT, shown } from './lights';

/**
 * 指标卡: each indicator of the year against last year's, coloured by its light; a card with records
 * behind it opens them.
 */
export function KpiCards({
  indicators,
  onOpen,
}: {
  indicators: CockpitIndicator[];
  onOpen: (web: string) => void;
}) {
  const cards = indicators.filter((i) => i.value !== null);
  if (!cards.length)
    return <Typography.Text type="secondary">本年度暂无可显示的指标</Typography.Text>;
  return (
    <Row gutter={[12, 12]} data-testid="cockpit-kpis">
      {cards.map((i) => {
        const light = i.light ? LIGHT[i.light] : null;
        const link = i.drillDown?.web;
        return (
          <Col key={i.key} xs={24} sm={12} md={8} xl={6}>
            <Card
              size="small"
              hoverable={!!link}
              onClick={link ? () => onOpen(link) : undefined}
              style={{ borderTop: `3px solid ${light?.color ?? '#d9d9d9'}`, height: '100%' }}
              data-testid={`kpi-${i.key}`}
            >
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Typography.Text type="secondary" ellipsis={{ tooltip: i.name }}>
                  {i.figure ? `${i.figure} ` : ''}
                  {i.name}
                </Typography.Text>
                <Typography.Title level={4} style={{ margin: 0 }}>
                  {shown(i.value, i.unit)}
                </Typography.Title>
                <Space size={6} wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    上年 {shown(i.previous, i.unit)}
                  </Typography.Text>
                  {light ? <Tag color={light.tag}>{light.label}</Tag> : <Tag>无同比</Tag>}
                  {i.source === 'entered' && <Tag>录入</Tag>}
                </Space>
              </Space>
            </Card>
          </Col>
        );
      })}
    </Row>
  );
}
