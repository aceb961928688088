import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, List, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { annualApi } from '../../../api/disclosure-annual';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageSpin } from '../../../components/PageSpin';
import { formatDate } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';
import { PortalShell } from '../../portal/PortalShell';
import { ReportBody } from './ReportBody';

/** The portal's copy of a published report (as published), or the list of published years. */
export default function PublicAnnualReportPage() {
  const { year } = useParams();
  return <PortalShell>{year ? <OneReport year={Number(year)} /> : <Years />}</PortalShell>;
}

function Years() {
  const { data, error, loading } = useRequest(() => annualApi.published(), []);
  return (
    <Card title="政府信息公开工作年度报告" variant="borderless">
      <ErrorAlert error={error} />
      <List
        loading={loading}
        dataSource={data?.items ?? []}
        locale={{ emptyText: '尚未发布年度报告' }}
        renderItem={(i) => (
          <List.Item>
            <Link to={`/portal/disclosure/annual/${i.year}`} data-testid={`annual-${i.year}`}>
              {data?.town.name}
              {i.year}年政府信息公开工作年度报告
            </Link>
            <span style={{ color: '#888' }}>{formatDate(i.publishedAt)} 发布</span>
          </List.Item>
        )}
      />
    </Card>
  );
}

function OneReport({ year }: { year: number }) {
  const { data, error, loading } = useRequest(() => annualApi.publishedReport(year), [year]);
  return (
    <Card
      variant="borderless"
      title={
        data
          ? `${data.town.name}${year}年政府信息公开工作年度报告`
          : `${year}年政府信息公开工作年度报告`
      }
      extra={
        data && (
          <Button
            icon={<DownloadOutlined />}
            href={annualApi.publishedDocxUrl(year)}
            data-testid="annual-docx"
          >
            下载
          </Button>
        )
      }
    >
      <ErrorAlert error={error} />
      {loading && <PageSpin />}
      {data && (
        <>
          <Typography.Paragraph type="secondary">
            本报告依据《中华人民共和国政府信息公开条例》第五十条和国办公开办函〔2021〕30号编制，统计期限自
            {year}年1月1日起至{year}年12月31日止。发布日期：{formatDate(data.publishedAt)}。
          </Typography.Paragraph>
          <ReportBody r={data} />
          <Link to="/portal/disclosure/annual">其他年度报告</Link>
        </>
      )}
    </Card>
  );
}
