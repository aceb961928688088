import { App, Button, Card, List, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { download } from '../../api/client';
import { decisionsApi, type DecisionDetail, type DecisionNotice } from '../../api/decisions';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * 决策公告 issued through the letter office (文号, GB/T 9704 DOCX kept with the decision): each kind once,
 * when the step it announces has happened; and the whole 决策案卷 as a ZIP for archiving (条例 第三十三条).
 */
export function NoticesCard({ d, onChange }: { d: DecisionDetail; onChange: () => void }) {
  const { message } = App.useApp();
  const { user } = useAuth();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const issue = async (n: DecisionNotice) => {
    setBusy(n.kind);
    setError(null);
    try {
      await decisionsApi.issueNotice(d.id, n.kind);
      message.success(`${n.label}：已发布`);
      onChange();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  const action = (n: DecisionNotice) => {
    if (n.issued)
      return (
        <Button
          key="dl"
          size="small"
          type="link"
          onClick={() => void download(`/files/${n.issued!.fileId}`, undefined, `${n.label}.docx`)}
          data-testid={`notice-download-${n.kind}`}
        >
          下载
        </Button>
      );
    if (n.canIssue)
      return (
        <Popconfirm
          key="issue"
          title={`发布${n.label}？`}
          description="将取文号并生成公文，每种公告只发布一次。"
          onConfirm={() => issue(n)}
        >
          <Button size="small" loading={busy === n.kind} data-testid={`notice-issue-${n.kind}`}>
            发布
          </Button>
        </Popconfirm>
      );
    return n.blocked ? (
      <Tooltip key="blocked" title={n.blocked}>
        <span>未到发布环节</span>
      </Tooltip>
    ) : null;
  };
  return (
    <Card
      variant="borderless"
      title="决策公告与案卷"
      data-testid="decision-notices"
      extra={
        user?.town ? (
          <Button
            onClick={() =>
              void download(`/decisions/${d.id}/file`, undefined, `决策案卷-${d.title}.zip`)
            }
            data-testid="decision-file-download"
          >
            下载案卷
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      <List
        size="small"
        dataSource={d.notices}
        renderItem={(n) => (
          <List.Item actions={[action(n)]} data-testid={`notice-${n.kind}`}>
            <List.Item.Meta
              title={n.label}
              description={
                n.issued ? `${n.issued.docNumber}（${n.issued.issuedOn}）` : `依据：${n.basis}`
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
