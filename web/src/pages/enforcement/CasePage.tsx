import { Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { enforcementApi, type CaseDetail } from '../../api/enforcement';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WorkflowPath } from '../../components/WorkflowPath';
import { useRequest } from '../../lib/use-request';
import { CaseActions } from './CaseActions';
import { CaseDocuments } from './CaseDocuments';
import { CaseFileReview } from './CaseFileReview';
import { CaseInfo } from './CaseInfo';
import { CaseOverdue } from './CaseOverdue';
import { CasePublication } from './CasePublication';
import { PreservationCard } from './PreservationCard';

/** One penalty case: the record, its letters, the steps open to the caller, and the path taken and ahead. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useRequest(() => enforcementApi.get(id), [id]);
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  useEffect(() => setDetail(data ?? null), [data]);

  if (error) return <ErrorAlert error={error} onRetry={reload} />;
  if (loading && !detail) return <Skeleton active />;
  if (!detail) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="case-page">
      <Card
        variant="borderless"
        title={
          <Space wrap>
            <Link to="/enforcement/cases">行政处罚案件</Link>/
            <Typography.Text strong data-testid="case-no">
              {detail.caseNo}
            </Typography.Text>
            <Tag color="blue" data-testid="case-status">
              {detail.statusLabel}
            </Tag>
          </Space>
        }
      >
        <CaseActions detail={detail} onChanged={setDetail} />
        <CaseOverdue detail={detail} />
        <CasePublication detail={detail} />
        <CaseInfo detail={detail} />
      </Card>
      <PreservationCard detail={detail} onChanged={setDetail} />
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title="执法文书">
            <CaseDocuments detail={detail} />
          </Card>
          <Card size="small" title="案卷评查" style={{ marginTop: 16 }}>
            <CaseFileReview detail={detail} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="流转记录">
            <WorkflowPath path={detail.path} ahead={detail.ahead} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
