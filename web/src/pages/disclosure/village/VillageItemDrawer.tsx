import { App, Button, Descriptions, Divider, Drawer, List, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { proactiveApi } from '../../../api/disclosure-proactive';
import { villageApi, type VillageItemDetail } from '../../../api/village-affairs';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { useRequest } from '../../../lib/use-request';
import { AttachButton } from '../proactive/AttachButton';
import { TextPromptModal } from '../proactive/TextPromptModal';
import { VillageItemFormModal } from './VillageItemFormModal';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { BasisText } from '../../../components/BasisText';

/** One village item: what the law requires, its review by the 村务监督委员会 and its 群治分 post. */
export function VillageItemDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const {
    data: item,
    error,
    loading,
    reload,
  } = useRequest(() => villageApi.get(id ?? ''), [id], !!id);
  const [dialog, setDialog] = useState<'edit' | 'approve' | 'return' | null>(null);
  const changed = (text: string) => {
    message.success(text);
    reload();
    onChanged();
  };
  const steps = (i: VillageItemDetail): WorkflowStep[] => [
    {
      key: 'edit',
      label: '修改',
      show: i.abilities.edit,
      testId: 'village-item-edit',
      open: () => setDialog('edit'),
    },
    {
      key: 'submit',
      label: '提交审查',
      show: i.abilities.submit,
      testId: 'village-item-submit',
      primary: true,
      confirm: { title: '提交村务监督委员会审查？', description: i.reviewBasis },
      run: () => villageApi.submit(i.id),
    },
    {
      key: 'approve',
      label: '审查通过并公开',
      show: i.abilities.review,
      testId: 'village-item-approve',
      primary: true,
      open: () => setDialog('approve'),
    },
    {
      key: 'return',
      label: '退回',
      show: i.abilities.review,
      testId: 'village-item-return',
      open: () => setDialog('return'),
    },
  ];

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={640}
      title={item?.title ?? '公开事项'}
      data-testid="village-item-drawer"
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !item && <Skeleton active />}
      {item && item.id === id && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="村（社区）">{item.village.name}</Descriptions.Item>
            <Descriptions.Item label="类别">{item.categoryLabel}</Descriptions.Item>
            <Descriptions.Item label="公开事项" span={2}>
              {item.subjectLabel}
              <br />
              <Typography.Text type="secondary">
                <BasisText text={item.basis} />
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="事项性质">{item.matterKindLabel}</Descriptions.Item>
            <Descriptions.Item label={item.period ? '所属期间' : '决定日期'}>
              {item.period ?? item.occurredOn}
            </Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag data-testid="village-item-status">{item.statusLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="公开日期">{item.publishedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="起草人">{item.authorName}</Descriptions.Item>
            <Descriptions.Item label="监委会审查">
              {item.reviewedBy
                ? `${item.reviewedBy}${item.reviewOpinion ? `：${item.reviewOpinion}` : ''}`
                : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="群治分编号" span={2}>
              {item.channelRef ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label="村务监督委员会" span={2}>
              {item.supervisors
                .map((s) => `${s.name}（${s.role === 'chair' ? '主任' : '委员'}）`)
                .join('、') || '尚未登记'}
            </Descriptions.Item>
          </Descriptions>
          <Divider titlePlacement="start">操作</Divider>
          <WorkflowActions
            steps={steps(item)}
            blocked={item.blocked}
            testId="village-item-actions"
            onDone={(label) => changed(`${label}：已完成`)}
          />
          {item.abilities.edit && (
            <AttachButton
              attach={(fileId) => villageApi.attach(item.id, fileId)}
              onDone={() => changed('附件已添加')}
            />
          )}
          <Divider titlePlacement="start">公开内容</Divider>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
            {item.body}
          </Typography.Paragraph>
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
          <Divider titlePlacement="start">流转记录</Divider>
          <WorkflowPath path={item.path} ahead={item.ahead} />
          <VillageItemFormModal
            open={dialog === 'edit'}
            item={item}
            villages={[item.village]}
            onClose={() => setDialog(null)}
            onSaved={() => changed('已保存')}
          />
          <TextPromptModal
            open={dialog === 'approve'}
            title="监委会审查通过"
            label="审查意见"
            extra="通过后立即经“群治分”向村民公开"
            okText="通过并公开"
            onClose={() => setDialog(null)}
            onSubmit={(t) =>
              villageApi.approve(item.id, t || undefined).then(() => changed('已公开'))
            }
          />
          <TextPromptModal
            open={dialog === 'return'}
            title="退回修改"
            label="退回意见"
            required
            onClose={() => setDialog(null)}
            onSubmit={(t) => villageApi.returnItem(item.id, t).then(() => changed('已退回'))}
          />
        </>
      )}
    </Drawer>
  );
}
