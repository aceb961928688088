import { Alert, Button, Descriptions, Form, Input, List, Tag } from 'antd';
import { useState } from 'react';
import { portalRequestsApi, type TrackView } from '../../../api/disclosure-requests';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatInstant } from '../../../lib/format';
import { BasisText } from '../../../components/BasisText';

/** What the applicant sees: status, dates, the 补正 form when asked, and the documents released to them. */
export function TrackResult({
  view,
  who,
  onChange,
}: {
  view: TrackView;
  who: { code: string; phone: string };
  onChange: (v: TrackView) => void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const correct = async () => {
    setSaving(true);
    setError(null);
    try {
      onChange(await portalRequestsApi.correct(who.code, who.phone, text));
      setText('');
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="track-result">
      <Descriptions column={1} size="small" bordered className="labels-nowrap">
        <Descriptions.Item label="查询码">
          <code>{view.trackingCode}</code>
        </Descriptions.Item>
        <Descriptions.Item label="办理状态">
          <Tag color="blue" data-testid="track-state">
            {view.stateLabel}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="申请人">{view.applicantName}</Descriptions.Item>
        <Descriptions.Item label="所需信息">{view.description}</Descriptions.Item>
        <Descriptions.Item label="提交日期">{view.submittedOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="收到申请之日">
          {view.receivedOn ?? '待工作人员确认'}
        </Descriptions.Item>
        {view.replyDueOn && (
          <Descriptions.Item label="答复期限">
            {view.replyDueOn}
            {view.clockPaused ? '（征求意见或缴费期间暂停计算，届时顺延）' : ''}
            {view.replyDueExplained && (
              <div
                style={{ color: '#666', fontSize: 12, marginTop: 4 }}
                data-testid="track-due-explained"
              >
                {view.replyDueExplained.summary}
                <br />
                依据：
                <BasisText text={view.replyDueExplained.basis} />
              </div>
            )}
          </Descriptions.Item>
        )}
        {view.outcome && (
          <Descriptions.Item label="办理结果">
            {view.outcome.label}（{view.outcome.on}，{view.outcome.docNumber}）
          </Descriptions.Item>
        )}
      </Descriptions>
      {view.correction && (
        <div style={{ marginTop: 16 }} data-testid="track-correction">
          <Alert
            type="warning"
            showIcon
            title={`请于 ${view.correction.dueOn ?? ''} 前补正：${view.correction.items}`}
            description="答复期限自收到补正之日起计算；无正当理由逾期不补正的，视为放弃申请（《政府信息公开条例》第三十条）。"
          />
          {view.correction.dueExplained && (
            <div
              style={{ color: '#666', fontSize: 12, marginTop: 4 }}
              data-testid="track-correction-explained"
            >
              补正期限计算说明：{view.correction.dueExplained.explained}
            </div>
          )}
          <ErrorAlert error={error} />
          <Form layout="vertical" style={{ marginTop: 12 }} onFinish={() => void correct()}>
            <Form.Item label="补正内容" required>
              <Input.TextArea
                rows={3}
                value={text}
                onChange={(e) => setText(e.target.value)}
                data-testid="track-correction-text"
              />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              disabled={text.trim().length < 2}
              data-testid="track-correction-submit"
            >
              提交补正
            </Button>
          </Form>
        </div>
      )}
      <List
        style={{ marginTop: 16 }}
        header="答复及告知文书"
        bordered
        dataSource={view.documents}
        locale={{ emptyText: '暂无文书' }}
        data-testid="track-documents"
        renderItem={(d) => (
          <List.Item
            actions={[
              <a key="dl" href={d.url} data-testid={`track-doc-${d.kind}`}>
                下载
              </a>,
            ]}
          >
            <List.Item.Meta
              title={`${d.kindLabel}${d.docNumber ? ` ${d.docNumber}` : ''}`}
              description={`${formatInstant(d.createdAt)}；下载链接 30 分钟内有效`}
            />
          </List.Item>
        )}
      />
    </div>
  );
}
