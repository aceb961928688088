import { Card, Descriptions, Skeleton, Table, Typography } from 'antd';
import { portalDisclosureApi } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatInstant } from '../../../lib/format';
import { useRequest } from '../../../lib/use-request';
import { DisclosureShell } from './DisclosureShell';

const para = (t: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{t || '—'}</Typography.Paragraph>
);

/** 政府信息公开指南 (art 12) as the town maintains it. */
export default function GuidePublicPage() {
  const { data: g, error, loading, reload } = useRequest(() => portalDisclosureApi.guide(), []);
  return (
    <DisclosureShell>
      <Card
        variant="borderless"
        title={g ? `${g.townName}人民政府政府信息公开指南` : '政府信息公开指南'}
        data-testid="portal-guide"
      >
        <ErrorAlert error={error} onRetry={reload} />
        {loading && !g && <Skeleton active />}
        {g && (
          <>
            <Typography.Title level={5}>一、政府信息的分类</Typography.Title>
            {para(g.classification)}
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={g.categories}
              columns={[
                { title: '类别', dataIndex: 'label', width: 160 },
                { title: '内容', dataIndex: 'text' },
                { title: '依据', dataIndex: 'article', width: 170 },
                { title: '条数', dataIndex: 'count', width: 70 },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              二、编排体系
            </Typography.Title>
            {para(g.arrangement)}
            <Typography.Title level={5}>三、获取方式</Typography.Title>
            {para(g.accessMethods)}
            <Typography.Title level={5}>四、政府信息公开工作机构</Typography.Title>
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label="机构名称">{g.officeName || '—'}</Descriptions.Item>
              <Descriptions.Item label="办公地址">{g.address || '—'}</Descriptions.Item>
              <Descriptions.Item label="办公时间">{g.officeHours || '—'}</Descriptions.Item>
              <Descriptions.Item label="联系电话">{g.phone || '—'}</Descriptions.Item>
              <Descriptions.Item label="传真号码">{g.fax || '—'}</Descriptions.Item>
              <Descriptions.Item label="互联网联系方式">
                {g.website || '—'}
                {g.email ? `；${g.email}` : ''}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
              依据{g.basis}编制；更新时间：{formatInstant(g.updatedAt)}
            </Typography.Paragraph>
          </>
        )}
      </Card>
    </DisclosureShell>
  );
}
