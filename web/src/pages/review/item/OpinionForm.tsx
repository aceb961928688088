import { App, Button, Card, Form, Input, Popconfirm, Radio, Select, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { errorText } from '../../../api/client';
import { reviewApi, type ReviewItem } from '../../../api/review';
import { useVocabulary } from '../../../lib/use-vocabulary';

interface Values {
  checklist: Record<string, string>;
  conclusion: string;
  summary: string;
  bases: string[];
  riskStatement?: string;
}

/** 主体/权限/程序/内容/形式 checklist, the conclusion and the opinion text; saved as a draft or issued as the 意见书. */
export function OpinionForm({
  item,
  onChanged,
}: {
  item: ReviewItem;
  onChanged: (i: ReviewItem) => void;
}) {
  const { message } = App.useApp();
  const { data: meta } = useVocabulary('review');
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const conclusion = Form.useWatch('conclusion', form);
  const draft = item.draftOpinion ?? {};
  const initial = {
    checklist:
      draft.checklist ??
      Object.fromEntries(
        (meta?.dimensions ?? []).map((d) => [
          d.value,
          item.findings.some((f) => f.dimension === d.value) ? 'issue' : 'pass',
        ]),
      ),
    conclusion: draft.conclusion,
    summary: draft.summary,
    bases: draft.bases ?? [
      ...new Set(item.findings.map((f) => f.basis).filter((b): b is string => !!b)),
    ],
    riskStatement: draft.riskStatement,
  };

  // Findings added after the form opened still prefill what the reviewer has not touched yet.
  // `initial` derives from the findings, which findingKey stands for.
  const findingKey = item.findings.map((f) => f.id).join();
  const initialRef = useRef(initial);
  initialRef.current = initial;
  useEffect(() => {
    const { bases, checklist } = initialRef.current;
    if (!form.isFieldTouched('bases')) form.setFieldValue('bases', bases);
    for (const d of meta?.dimensions ?? [])
      if (!form.isFieldTouched(['checklist', d.value]))
        form.setFieldValue(['checklist', d.value], checklist[d.value]);
  }, [findingKey, meta, form]);

  const call = async (what: 'draft' | 'issue') => {
    let v: Values;
    try {
      v = what === 'issue' ? await form.validateFields() : form.getFieldsValue();
    } catch {
      message.warning('请先完善审查结论、审查意见和审查依据');
      return;
    }
    setBusy(true);
    try {
      const body = Object.fromEntries(
        Object.entries(v).filter(([, x]) => x !== undefined && x !== ''),
      );
      const next = await reviewApi.step(
        item.id,
        what === 'issue' ? 'opinion' : 'draft-opinion',
        body,
      );
      message.success(
        what === 'issue'
          ? `已出具审查意见书 ${next.opinions.at(-1)?.docNumber ?? ''}`
          : '草稿已保存',
      );
      onChanged(next);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (!item.abilities.editFindings || !meta) return null;
  return (
    <Card size="small" title="审查结论与意见书" data-testid="review-opinion-form">
      <Form form={form} layout="vertical" size="small" initialValues={initial}>
        {meta.dimensions.map((d) => (
          <Form.Item
            key={d.value}
            name={['checklist', d.value]}
            label={`${d.label}方面`}
            rules={[{ required: true, message: `请填写${d.label}方面的审查结论` }]}
            style={{ marginBottom: 8 }}
          >
            <Radio.Group options={meta.checkResults} optionType="button" size="small" />
          </Form.Item>
        ))}
        <Form.Item
          name="conclusion"
          label="审查结论"
          rules={[{ required: true, message: '请选择审查结论' }]}
        >
          <Select
            options={meta.opinionConclusions.filter(
              (o) => o.value !== 'risk_disclosed' || item.type === 'major_decision',
            )}
            data-testid="opinion-conclusion"
          />
        </Form.Item>
        {conclusion === 'risk_disclosed' && (
          <Form.Item
            name="riskStatement"
            label="法律风险提示"
            rules={[{ required: true, min: 10, message: '请写明法律风险（至少 10 字）' }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        <Form.Item
          name="summary"
          label="审查意见"
          rules={[{ required: true, min: 10, message: '请写明审查意见（至少 10 字）' }]}
        >
          <Input.TextArea rows={4} data-testid="opinion-summary" />
        </Form.Item>
        <Form.Item
          name="bases"
          label="审查依据"
          rules={[{ required: true, type: 'array', min: 1, message: '请列明审查依据' }]}
        >
          <Select
            mode="tags"
            placeholder="输入后回车，如：《中华人民共和国民法典》第七百零五条"
            data-testid="opinion-bases"
          />
        </Form.Item>
        <Space>
          <Button onClick={() => void call('draft')} loading={busy}>
            保存草稿
          </Button>
          {item.abilities.issueOpinion ? (
            <Popconfirm
              title="出具后将取文号并生成意见书，同一版本不能重新出具。确定出具？"
              onConfirm={() => call('issue')}
            >
              <Button type="primary" loading={busy} data-testid="opinion-issue">
                出具审查意见书
              </Button>
            </Popconfirm>
          ) : (
            <Button
              type="primary"
              disabled
              title={item.blocked.find((b) => b.action === 'issue_opinion')?.message}
            >
              出具审查意见书
            </Button>
          )}
        </Space>
      </Form>
    </Card>
  );
}
