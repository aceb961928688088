import { Card, Descriptions, Divider, List, Result, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { portalDisclosureApi } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { DisclosureShell } from './DisclosureShell';

/** One published entry with the Zhejiang portal fields, its policy explanations and attachments. */
export default function DisclosureItemPage() {
  const { id = '' } = useParams();
  const {
    data: item,
    error,
    loading,
    reload,
  } = useRequest(() => portalDisclosureApi.item(id), [id]);
  return (
    <DisclosureShell>
      <Card variant="borderless">
        {loading && !item && <Skeleton active />}
        {isApiError(error) && error.status === 404 ? (
          <Result
            status="404"
            title="该信息不存在或未公开"
            extra={<Link to="/portal/disclosure">返回目录</Link>}
          />
        ) : (
          <ErrorAlert error={error} onRetry={reload} />
        )}
        {item && (
          <>
            <Descriptions
              size="small"
              bordered
              column={{ xs: 1, md: 2 }}
              data-testid="portal-item-meta"
            >
              <Descriptions.Item label="索引号">{item.indexNo}</Descriptions.Item>
              <Descriptions.Item label="组配分类">
                {item.groupClass ?? item.categoryLabel}
              </Descriptions.Item>
              <Descriptions.Item label="发布机构">{item.publisherName}</Descriptions.Item>
              <Descriptions.Item label="生成日期">{item.createdOn}</Descriptions.Item>
              <Descriptions.Item label="文号">{item.docNumber ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="公开方式">{item.publishModeLabel}</Descriptions.Item>
              <Descriptions.Item label="公开类别" span={2}>
                {item.categoryLabel}（《政府信息公开条例》{item.categoryArticle}）
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title
              level={3}
              style={{ textAlign: 'center', margin: '24px 0' }}
              data-testid="portal-item-title"
            >
              {item.title}
              {item.abolishedOn && (
                <Tag style={{ marginLeft: 8, verticalAlign: 'middle' }}>
                  已于 {item.abolishedOn} 废止
                </Tag>
              )}
            </Typography.Title>
            {item.explains && (
              <Typography.Paragraph>
                本文为政策解读，原文：
                <Link to={`/portal/disclosure/items/${item.explains.id}`}>
                  {item.explains.title}
                </Link>
              </Typography.Paragraph>
            )}
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.9 }}>
              {item.body}
            </Typography.Paragraph>
            {item.interpretations.length > 0 && (
              <>
                <Divider titlePlacement="start">相关解读</Divider>
                <List
                  size="small"
                  dataSource={item.interpretations}
                  renderItem={(i) => (
                    <List.Item>
                      <Link to={`/portal/disclosure/items/${i.id}`}>{i.title}</Link>{' '}
                      <span style={{ color: '#999' }}>{i.publishedOn}</span>
                    </List.Item>
                  )}
                />
              </>
            )}
            {item.attachments.length > 0 && (
              <>
                <Divider titlePlacement="start">附件</Divider>
                <List
                  size="small"
                  dataSource={item.attachments}
                  renderItem={(f) => (
                    <List.Item>
                      <a href={portalDisclosureApi.fileUrl(item.id, f.id)} download>
                        {f.name}
                      </a>
                    </List.Item>
                  )}
                />
              </>
            )}
          </>
        )}
      </Card>
    </DisclosureShell>
  );
}
