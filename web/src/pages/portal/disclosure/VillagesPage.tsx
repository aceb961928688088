import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { portalVillageApi } from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { DisclosureShell } from './DisclosureShell';

/** 三务公开: every village of the town with the day it last published party, village and financial affairs. */
export default function VillagesPage() {
  const { data, error, reload } = useRequest(() => portalVillageApi.villages(), []);
  return (
    <DisclosureShell>
      <Typography.Paragraph type="secondary">
        依据《中华人民共和国村民委员会组织法》第三十条：一般事项至少每季度公布一次；集体财务往来较多的，财务收支情况每月公布一次；涉及村民利益的重大事项随时公布。各村经村务监督委员会审查后通过“群治分”发布。
      </Typography.Paragraph>
      <ErrorAlert error={error} onRetry={reload} />
      <Row gutter={[16, 16]} data-testid="portal-villages">
        {data?.villages.map((v) => (
          <Col xs={24} sm={12} lg={8} key={v.id}>
            <Card
              size="small"
              title={<Link to={`/portal/disclosure/villages/${v.id}`}>{v.name}</Link>}
            >
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="党务最近公开">
                  {v.lastPublished.party ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label="村务最近公开">
                  {v.lastPublished.village ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label="财务最近公开">
                  {v.lastPublished.finance ?? '—'}
                </Descriptions.Item>
              </Descriptions>
            </Card>
          </Col>
        ))}
      </Row>
    </DisclosureShell>
  );
}
