import { App, Button, Card, List, Popconfirm, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { download } from '../../api/client';
import { decisionsApi, type DecisionDetail, type DecisionNotice } from '../../api/decisions';
import { useAuth } from '../../auth/auth-context';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * 决策公告 issued through the letter office (文号, GB/T 9704 DOCX kept with the decision): each kind once,
 * when the step it announces has happened, a 听证公告 anew when the hearing was rescheduled (第十六条);
 * and the whole 决策案卷 as a ZIP for archiving (条例 第三十三条).
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
  const downloadButton = (n: DecisionNotice) => (
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
  const issueButton = (n: DecisionNotice) => (
    <Popconfirm
      key="issue"
      title={n.issued ? `重新发布${n.label}？` : `发布${n.label}？`}
      description={
        n.issued
          ? `将另取文号，原公告（${n.issued.docNumber}）标记为已被取代并保留在案卷中。`
          : '将取文号并生成公文，每种公告只发布一次。'
      }
      onConfirm={() => issue(n)}
    >
      <Button size="small" loading={busy === n.kind} data-testid={`notice-issue-${n.kind}`}>
        {n.issued ? '重新发布' : '发布'}
      </Button>
    </Popconfirm>
  );
  const actions = (n: DecisionNotice) => {
    const out = [];
    if (n.issued) out.push(downloadButton(n));
    if (n.canIssue) out.push(issueButton(n));
    else if (!n.issued && n.blocked)
      out.push(
        <Tooltip key="blocked" title={n.blocked}>
          <span>未到发布环节</span>
        </Tooltip>,
      );
    return out;
  };
  const describe = (n: DecisionNotice) => {
    if (!n.issued) return `依据：${n.basis}`;
    return (
      <>
        <div>{`${n.issued.docNumber}（${n.issued.issuedOn}）`}</div>
        {n.outdated ? <Typography.Text type="warning">{n.outdated}</Typography.Text> : null}
        {n.superseded.map((x) => (
          <div key={x.docNumber}>
            <Typography.Text type="secondary" delete>
              {x.docNumber}
            </Typography.Text>
            <Typography.Text type="secondary">{`（已被${x.supersededBy}取代）`}</Typography.Text>
          </div>
        ))}
      </>
    );
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
          <List.Item actions={actions(n)} data-testid={`notice-${n.kind}`}>
            <List.Item.Meta title={n.label} description={describe(n)} />
          </List.Item>
        )}
      />
    </Card>
  );
}
