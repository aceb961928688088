import {
  Alert,
  App,
  Button,
  Checkbox,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  List,
  Radio,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import { errorText } from '../../../api/client';
import { fcrApi, type FcrRecord } from '../../../api/review';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';
import { useRequest } from '../../../lib/use-request';

const OUTCOMES = [
  { value: 'compliant', label: '不违反审查标准，可以出台' },
  { value: 'exception_applies', label: '适用第十二条例外规定，可以出台' },
  { value: 'non_compliant', label: '违反审查标准，不得出台' },
];

interface Values {
  checklist: Record<string, 'involved' | 'not_involved'>;
  consultation?: string;
  ground?: string;
  noLessRestrictiveAlternative?: boolean;
  termOrEndCondition?: string;
  outcome?: string;
  conclusionText?: string;
}

/** One measure's fair-competition review: automated flags, the 19 standards, the art 12 exception and the written conclusion. */
export function FcrDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { message } = App.useApp();
  const { data, error, loading, reload } = useRequest(() => fcrApi.get(id ?? ''), [id], !!id);
  const [form] = Form.useForm<Values>();
  const r: FcrRecord | undefined = data?.id === id ? data : undefined;
  useEffect(() => {
    if (r)
      form.setFieldsValue({
        checklist: r.checklist,
        consultation: r.consultation ?? undefined,
        ground: r.exception?.ground,
        noLessRestrictiveAlternative: r.exception?.noLessRestrictiveAlternative,
        termOrEndCondition: r.exception?.termOrEndCondition,
      });
  }, [r, form]);

  const save = async () => {
    const v = form.getFieldsValue();
    await fcrApi.update(r!.id, {
      checklist: Object.fromEntries(Object.entries(v.checklist ?? {}).filter(([, x]) => x)),
      consultation: v.consultation ?? null,
      exception: v.ground
        ? {
            ground: v.ground,
            noLessRestrictiveAlternative: !!v.noLessRestrictiveAlternative,
            termOrEndCondition: v.termOrEndCondition ?? '',
          }
        : null,
    });
    return v;
  };
  const saved = async () => {
    try {
      await save();
      message.success('已保存');
      reload();
      onChanged();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const conclude: WorkflowStep = {
    key: 'conclude',
    label: '作出结论',
    show: !!r?.abilities.conclude,
    testId: 'fcr-conclude',
    primary: true,
    confirm: {
      title: '作出书面审查结论？',
      description: '结论作出后不可修改（《公平竞争审查条例》第十七条）',
    },
    run: async () => {
      const v = await save();
      return fcrApi.conclude(r!.id, {
        outcome: v.outcome ?? '',
        conclusionText: v.conclusionText ?? '',
      });
    },
  };

  const groups = [...new Map((r?.standards ?? []).map((s) => [s.group, s.groupName])).entries()];
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={760}
      title={r ? `公平竞争审查：${r.title}` : '公平竞争审查'}
      data-testid="fcr-drawer"
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !r && <Skeleton active />}
      {r && (
        <>
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="起草单位">{r.draftingUnit}</Descriptions.Item>
            <Descriptions.Item label="状态">
              {r.outcomeLabel ? (
                <Tag color={r.outcome === 'non_compliant' ? 'red' : 'green'}>{r.outcomeLabel}</Tag>
              ) : (
                '审查中'
              )}
            </Descriptions.Item>
            {r.item && (
              <Descriptions.Item label="关联审查事项" span={2}>
                {r.item.title}
              </Descriptions.Item>
            )}
            {r.conclusionText && (
              <Descriptions.Item label="书面结论" span={2}>
                {r.conclusionText}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Divider titlePlacement="start">自动标注（{r.flags.length}）</Divider>
          <List
            size="small"
            dataSource={r.flags}
            locale={{ emptyText: '未发现可能排除、限制竞争的表述' }}
            renderItem={(f) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>
                    {f.ruleId} {f.title}
                  </Typography.Text>
                  {f.clause && <span>“{f.clause}”</span>}
                  <span style={{ fontSize: 12 }}>{f.basis}</span>
                </Space>
              </List.Item>
            )}
          />
          <Form form={form} layout="vertical" disabled={!r.abilities.update}>
            <Divider titlePlacement="start">对照审查标准逐项判断</Divider>
            {groups.map(([group, name]) => (
              <div key={group}>
                <Typography.Title level={5}>{name}</Typography.Title>
                {r.standards
                  .filter((s) => s.group === group)
                  .map((s) => (
                    <Form.Item
                      key={s.code}
                      name={['checklist', s.code]}
                      label={`${s.basis.replace('《公平竞争审查条例》', '')} ${s.text}`}
                      style={{ marginBottom: 6 }}
                    >
                      <Radio.Group
                        options={[
                          { value: 'not_involved', label: '不涉及' },
                          { value: 'involved', label: '涉及' },
                        ]}
                        optionType="button"
                        size="small"
                      />
                    </Form.Item>
                  ))}
              </div>
            ))}
            <Divider titlePlacement="start">例外情形（第十二条）与听取意见（第十六条）</Divider>
            <Form.Item name="ground" label="适用的例外情形">
              <Select
                allowClear
                options={r.exceptions.map((e) => ({
                  value: e.key,
                  label: `${e.text}（${e.basis.replace('《公平竞争审查条例》', '')}）`,
                }))}
              />
            </Form.Item>
            <Form.Item name="noLessRestrictiveAlternative" valuePropName="checked">
              <Checkbox>没有对公平竞争影响更小的替代方案</Checkbox>
            </Form.Item>
            <Form.Item name="termOrEndCondition" label="实施期限或者终止条件">
              <Input />
            </Form.Item>
            <Form.Item name="consultation" label="听取利害关系人意见情况">
              <Input.TextArea rows={2} />
            </Form.Item>
            {r.abilities.conclude && (
              <>
                <Divider titlePlacement="start">书面审查结论（第十七条）</Divider>
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 12 }}
                  title="未经公平竞争审查，或者违反审查标准且不符合例外情形的，不得出台（第十八条）"
                />
                <Form.Item name="outcome" label="结论">
                  <Select options={OUTCOMES} />
                </Form.Item>
                <Form.Item name="conclusionText" label="结论说明（适用例外的须详细说明）">
                  <Input.TextArea rows={3} />
                </Form.Item>
                <Button onClick={() => void saved()} style={{ marginBottom: 12 }}>
                  保存
                </Button>
              </>
            )}
          </Form>
          <WorkflowActions
            steps={[conclude]}
            blocked={r.blocked}
            testId="fcr-actions"
            onDone={() => {
              message.success('已作出审查结论');
              reload();
              onChanged();
            }}
          />
          <Divider titlePlacement="start">流转记录</Divider>
          <WorkflowPath path={r.path} ahead={r.ahead} />
        </>
      )}
    </Drawer>
  );
}
