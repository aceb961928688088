import { Alert, Button, Card, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { portalDecisionsApi, type PublicDecision } from '../../../api/decisions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SmsCodeField } from '../../../components/SmsCodeField';
import { PageSpin } from '../../../components/PageSpin';
import { useRequest } from '../../../lib/use-request';
import { PortalShell } from '../PortalShell';

interface Values {
  articleId?: string;
  body: string;
  name?: string;
  phone?: string;
  code?: string;
}

/** A draft for comment on a phone: the articles one under another, a comment on any of them, no account. */
export default function DecisionCommentPage() {
  const { id = '' } = useParams();
  const { data: d, error, reload } = useRequest(() => portalDecisionsApi.get(id), [id]);
  return (
    <PortalShell
      actions={
        <Link to="/portal/decisions">
          <Button ghost>返回</Button>
        </Link>
      }
    >
      {d ? (
        <DecisionView d={d} onSent={reload} />
      ) : error ? (
        <ErrorAlert error={error} onRetry={reload} />
      ) : (
        <PageSpin />
      )}
    </PortalShell>
  );
}

function DecisionView({ d, onSent }: { d: PublicDecision; onSent: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const verify = d.commentSmsRequired;
  const commentsOf = (articleId: string | null) =>
    d.comments.filter((c) => c.articleId === articleId);
  const pick = (articleId: string) => {
    form.setFieldValue('articleId', articleId);
    document.getElementById('decision-comment-form')?.scrollIntoView({ behavior: 'smooth' });
  };
  const submit = async (v: Values) => {
    setError(null);
    setSaving(true);
    try {
      const body = Object.fromEntries(
        Object.entries(v).filter(([, x]) => x !== undefined && x !== ''),
      );
      setSent((await portalDecisionsApi.comment(d.id, body)).message);
      form.resetFields();
      onSent();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card variant="borderless" title={d.title} data-testid="portal-decision">
        <Space wrap>
          <Tag>{d.statusLabel}</Tag>
          {d.commentOpensOn && (
            <span>
              征求意见期限：{d.commentOpensOn} 至 {d.commentClosesOn}
            </span>
          )}
        </Space>
        {d.shortPeriodReason && <p>缩短期限的理由：{d.shortPeriodReason}</p>}
        <p style={{ color: '#666', fontSize: 13 }}>{d.commentRule}</p>
        {d.draft?.explanation && <p>起草说明：{d.draft.explanation}</p>}
      </Card>
      {d.decision && (
        <Card variant="borderless" title="决策公布" data-testid="portal-decision-published">
          <p>
            {d.decision.decidedOn} 作出决定，{d.decision.publishedOn} 公布：
            {d.decision.decisionText}
          </p>
          {d.decision.note && <p>{d.decision.note}</p>}
          <p data-testid="portal-adoption">采纳情况：{d.decision.adoption.text}</p>
        </Card>
      )}
      {d.draft?.articles.map((a) => (
        <Card key={a.id} size="small" variant="borderless" data-testid={`article-${a.seq}`}>
          <p>
            <b>{a.heading}</b> {a.text}
          </p>
          {commentsOf(a.id).map((c) => (
            <div
              key={c.id}
              style={{ borderLeft: '3px solid #e8e8e8', paddingLeft: 8, marginBottom: 8 }}
            >
              <div>
                {c.name}（{c.submittedOn}）：{c.body}
              </div>
              {c.adoptionLabel && (
                <div style={{ color: '#1677ff' }}>
                  {c.adoptionLabel}：{c.answer}
                </div>
              )}
            </div>
          ))}
          {d.commentOpen && (
            <Button size="small" onClick={() => pick(a.id)} data-testid={`comment-on-${a.seq}`}>
              对本条提意见
            </Button>
          )}
        </Card>
      ))}
      {d.commentOpen && (
        <Card variant="borderless" title="提出意见" id="decision-comment-form">
          {sent && (
            <Alert
              type="success"
              showIcon
              title={sent}
              data-testid="comment-sent"
              style={{ marginBottom: 12 }}
            />
          )}
          <ErrorAlert error={error} />
          <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
            <Form.Item name="articleId" label="针对条文">
              <Select
                allowClear
                placeholder="总体意见"
                options={(d.draft?.articles ?? []).map((a) => ({ value: a.id, label: a.heading }))}
                data-testid="comment-article"
              />
            </Form.Item>
            <Form.Item
              name="body"
              label="意见内容"
              rules={[{ required: true, whitespace: true, message: '请填写意见内容' }]}
            >
              <Input.TextArea rows={4} maxLength={2000} showCount data-testid="comment-body" />
            </Form.Item>
            <Form.Item
              name="name"
              label={verify ? '姓名' : '姓名（可不填）'}
              rules={verify ? [{ required: true, whitespace: true, message: '请填写姓名' }] : []}
            >
              <Input maxLength={30} data-testid="comment-name" />
            </Form.Item>
            <Form.Item
              name="phone"
              label={
                verify ? '手机号（仅用于联系您，不公开）' : '手机号（可不填，仅用于联系您，不公开）'
              }
              rules={[
                { required: verify, message: '请填写手机号' },
                { pattern: /^1\d{10}$/, message: '请填写 11 位手机号' },
              ]}
            >
              <Input maxLength={11} inputMode="numeric" data-testid="comment-phone" />
            </Form.Item>
            {verify && (
              <SmsCodeField
                send={(phone) => portalDecisionsApi.commentCode(d.id, phone)}
                testId="comment"
              />
            )}
            <Button
              type="primary"
              htmlType="submit"
              block
              loading={saving}
              data-testid="comment-submit"
            >
              提交意见
            </Button>
            <p style={{ color: '#666', fontSize: 13, marginTop: 8 }}>
              意见经审核后公开，采纳情况随决策一并公布。
            </p>
          </Form>
        </Card>
      )}
    </Space>
  );
}
