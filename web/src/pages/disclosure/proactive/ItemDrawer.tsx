import {
  Alert,
  Button,
  Descriptions,
  Divider,
  Drawer,
  List,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { proactiveApi } from '../../../api/disclosure-proactive';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { useRequest } from '../../../lib/use-request';
import { AttachButton } from './AttachButton';
import { ClockCell } from './CatalogueTable';
import { ItemActions } from './ItemActions';
import { BasisText } from '../../../components/BasisText';

/** One catalogue entry: the portal fields, its clock, the review trail, attachments and actions. */
export function ItemDrawer({
  id,
  onClose,
  onChanged,
  onOpen,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
  onOpen: (id: string) => void;
}) {
  const {
    data: item,
    error,
    loading,
    reload,
  } = useRequest(() => proactiveApi.get(id ?? ''), [id], !!id);
  const changed = () => {
    reload();
    onChanged();
  };
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={720}
      title={item?.title ?? '公开信息'}
      data-testid="item-drawer"
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !item && <Skeleton active />}
      {item && item.id === id && (
        <>
          {item.returnReason && item.status === 'draft' && (
            <Alert
              type="warning"
              showIcon
              title={`保密审查退回：${item.returnReason}`}
              style={{ marginBottom: 12 }}
            />
          )}
          {item.status === 'withheld' && (
            <Alert
              type="info"
              showIcon
              title={`不予公开：${item.withholdGroundLabel}（${item.withholdBasis}）`}
              description={`${item.withholdReason ?? ''}；下次评估：${item.reassessDue ?? '—'}（第十八条）`}
              style={{ marginBottom: 12 }}
            />
          )}
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="索引号" span={2}>
              <code data-testid="item-index-no">{item.indexNo}</code>
            </Descriptions.Item>
            <Descriptions.Item label="公开类别" span={2}>
              {item.categoryLabel}（{item.categoryArticle}）
            </Descriptions.Item>
            <Descriptions.Item label="发布机构">{item.publisherName}</Descriptions.Item>
            <Descriptions.Item label="文号">{item.docNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="生成日期">{item.createdOn}</Descriptions.Item>
            <Descriptions.Item label="公开方式">{item.publishModeLabel}</Descriptions.Item>
            <Descriptions.Item label="组配分类">{item.groupClass ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag data-testid="item-status">{item.statusLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="公开期限" span={2}>
              <ClockCell item={item} /> <BasisText text={item.clock?.basis} />
            </Descriptions.Item>
            {item.normativeKind && (
              <Descriptions.Item label="制发日期">{item.issuedOn ?? '—'}</Descriptions.Item>
            )}
            {item.normativeKind && (
              <Descriptions.Item label="废止日期">{item.abolishedOn ?? '—'}</Descriptions.Item>
            )}
            <Descriptions.Item label="起草人">{item.authorName}</Descriptions.Item>
            <Descriptions.Item label="保密审查">
              {item.reviewedBy
                ? `${item.reviewedBy}${item.reviewOpinion ? `：${item.reviewOpinion}` : ''}`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="内容概述" span={2}>
              {item.summary}
            </Descriptions.Item>
          </Descriptions>
          {item.explains && (
            <Typography.Paragraph style={{ marginTop: 12 }}>
              本条为政策解读，解读：
              <Button type="link" onClick={() => onOpen(item.explains!.id)}>
                {item.explains.title}
              </Button>
            </Typography.Paragraph>
          )}
          {item.interpretations.length > 0 && (
            <List
              size="small"
              header="相关政策解读"
              dataSource={item.interpretations}
              renderItem={(i) => (
                <List.Item>
                  <Button type="link" onClick={() => onOpen(i.id)}>
                    {i.title}
                  </Button>
                </List.Item>
              )}
            />
          )}
          <Divider titlePlacement="start">操作</Divider>
          <ItemActions item={item} onChanged={changed} />
          <Divider titlePlacement="start">正文</Divider>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {item.body || '（无正文）'}
          </Typography.Paragraph>
          <Divider titlePlacement="start">附件</Divider>
          <List
            size="small"
            dataSource={item.attachments}
            locale={{ emptyText: '无附件' }}
            renderItem={(f) => (
              <List.Item>
                <Button type="link" onClick={() => void proactiveApi.downloadFile(f.id, f.name)}>
                  {f.name}
                </Button>
              </List.Item>
            )}
          />
          {item.abilities.attach && (
            <AttachButton
              attach={(fileId) => proactiveApi.attach(item.id, fileId)}
              onDone={changed}
              testId="item-attach"
            />
          )}
          <Divider titlePlacement="start">流转记录</Divider>
          <WorkflowPath path={item.path} ahead={item.ahead} />
        </>
      )}
    </Drawer>
  );
}
