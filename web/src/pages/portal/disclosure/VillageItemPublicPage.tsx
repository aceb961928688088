import { Card, Descriptions, List, Result, Skeleton, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { portalVillageApi } from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { DisclosureShell } from './DisclosureShell';
import { BasisText } from '../../../components/BasisText';

/** One published village item, with the article that requires it. */
export default function VillageItemPublicPage() {
  const { id = '' } = useParams();
  const { data: item, error, loading, reload } = useRequest(() => portalVillageApi.item(id), [id]);
  return (
    <DisclosureShell>
      <Card variant="borderless">
        {loading && !item && <Skeleton active />}
        {isApiError(error) && error.status === 404 ? (
          <Result
            status="404"
            title="该事项不存在或未公开"
            extra={<Link to="/portal/disclosure/villages">返回村务公开</Link>}
          />
        ) : (
          <ErrorAlert error={error} onRetry={reload} />
        )}
        {item && (
          <>
            <Typography.Title
              level={3}
              style={{ textAlign: 'center' }}
              data-testid="portal-village-item-title"
            >
              {item.title}
            </Typography.Title>
            <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
              <Descriptions.Item label="村（社区）">
                <Link to={`/portal/disclosure/villages/${item.village.id}`}>
                  {item.village.name}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label="类别">
                {item.categoryLabel}·{item.matterKindLabel}
              </Descriptions.Item>
              <Descriptions.Item label="公开事项">{item.subjectLabel}</Descriptions.Item>
              <Descriptions.Item label={item.period ? '所属期间' : '决定日期'}>
                {item.period ?? item.occurredOn}
              </Descriptions.Item>
              <Descriptions.Item label="公开日期">{item.publishedOn}</Descriptions.Item>
              <Descriptions.Item label="依据">
                <BasisText text={item.basis} />
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', fontSize: 16, lineHeight: 1.9, marginTop: 16 }}
            >
              {item.body}
            </Typography.Paragraph>
            {item.attachments.length > 0 && (
              <List
                size="small"
                header="附件"
                dataSource={item.attachments}
                renderItem={(f) => (
                  <List.Item>
                    <a href={portalVillageApi.fileUrl(item.id, f.id)} download>
                      {f.name}
                    </a>
                  </List.Item>
                )}
              />
            )}
          </>
        )}
      </Card>
    </DisclosureShell>
  );
}
