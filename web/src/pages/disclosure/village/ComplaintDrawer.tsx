import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Select,
  Skeleton,
  Tag,
} from 'antd';
import { useState } from 'react';
import { villageApi, type ComplaintDetail } from '../../../api/village-affairs';
import { ClockStatusTag } from '../../../components/ClockStatusTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { WorkflowPath } from '../../../components/WorkflowPath';
import { useRequest } from '../../../lib/use-request';
import { WorkflowActions, type WorkflowStep } from '../../../components/WorkflowActions';

/** The steps that ask for text (or the item published), each field required. */
const FORMS: {
  action: 'order' | 'dismiss' | 'confirm_published' | 'close';
  ability: 'order' | 'dismiss' | 'confirmPublished' | 'close';
  label: string;
  path: 'order' | 'dismiss' | 'confirm-published' | 'close';
  testId: string;
  primary?: boolean;
  danger?: boolean;
  fields: { name: string; label: string }[];
}[] = [
  {
    action: 'order',
    ability: 'order',
    label: '责令依法公布',
    path: 'order',
    testId: 'complaint-order',
    primary: true,
    danger: true,
    fields: [
      { name: 'findings', label: '调查核实情况' },
      { name: 'orderText', label: '责令公布的事项和要求' },
    ],
  },
  {
    action: 'dismiss',
    ability: 'dismiss',
    label: '核实后不予支持',
    path: 'dismiss',
    testId: 'complaint-dismiss',
    fields: [
      { name: 'findings', label: '调查核实情况' },
      { name: 'reason', label: '不予支持的理由' },
    ],
  },
  {
    action: 'confirm_published',
    ability: 'confirmPublished',
    label: '确认村已公布',
    path: 'confirm-published',
    testId: 'complaint-confirm',
    fields: [{ name: 'itemId', label: '村已公布的公开事项' }],
  },
  {
    action: 'close',
    ability: 'close',
    label: '办结并告知反映人',
    path: 'close',
    testId: 'complaint-close',
    primary: true,
    fields: [{ name: 'resultNote', label: '告知反映人的处理结果' }],
  },
];

/** The village's published items, newest first, to link the publication the town ordered. */
function PublishedItemSelect({
  villageId,
  value,
  onChange,
}: {
  villageId: string;
  value?: string;
  onChange?: (v: string) => void;
}) {
  const { data } = useRequest(
    () => villageApi.list({ orgId: villageId, status: 'published', page: 1, pageSize: 50 }),
    [villageId],
  );
  return (
    <Select
      value={value}
      onChange={onChange}
      options={data?.items.map((i) => ({
        value: i.id,
        label: `${i.publishedOn ?? ''} ${i.title}`,
      }))}
      data-testid="complaint-itemId"
    />
  );
}

function Clock({ c }: { c: ComplaintDetail['investigationClock'] }) {
  return c ? (
    <>
      <ClockStatusTag status={c.status} clockId={c.id} /> {c.dueDate}
    </>
  ) : (
    <>—</>
  );
}

/** A villager's complaint (第三十一条) and its steps; each step is recorded with the article. */
export function ComplaintDrawer({
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
    data: c,
    error,
    loading,
    reload,
  } = useRequest(() => villageApi.complaint(id ?? ''), [id], !!id);
  const [phone, setPhone] = useState<string | null>(null);
  const done = (label: string) => {
    message.success(`${label}：已记录`);
    reload();
    onChanged();
  };
  const steps = (c: ComplaintDetail): WorkflowStep[] => [
    {
      key: 'investigate',
      label: '开始调查核实',
      show: c.abilities.investigate,
      testId: 'complaint-investigate',
      primary: true,
      confirm: { title: '开始调查核实？', description: c.basis },
      run: () => villageApi.complaintStep(c.id, 'investigate'),
    },
    ...FORMS.map((f) => ({
      key: f.action,
      label: f.label,
      show: c.abilities[f.ability],
      testId: f.testId,
      primary: f.primary,
      danger: f.danger,
      form: f.fields.map((field) => (
        <Form.Item
          key={field.name}
          label={field.label}
          name={field.name}
          rules={[{ required: true, whitespace: true, message: `请填写${field.label}` }]}
        >
          {field.name === 'itemId' ? (
            <PublishedItemSelect villageId={c.village.id} />
          ) : (
            <Input.TextArea rows={3} data-testid={`complaint-${field.name}`} />
          )}
        </Form.Item>
      )),
      run: (v: Record<string, unknown>) => villageApi.complaintStep(c.id, f.path, v),
    })),
  ];

  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      size={620}
      title={c ? `村务公开反映 ${c.receiptNo}` : '村务公开反映'}
      data-testid="complaint-drawer"
    >
      <ErrorAlert error={error} onRetry={reload} />
      {loading && !c && <Skeleton active />}
      {c && c.id === id && (
        <>
          <Descriptions column={2} size="small" bordered>
            <Descriptions.Item label="被反映村">{c.village.name}</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag data-testid="complaint-status">{c.statusLabel}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label="反映人">{c.complainantName}</Descriptions.Item>
            <Descriptions.Item label="联系电话">
              {phone ?? c.phoneMasked ?? '—'}
              {c.abilities.readPhone && !phone && (
                <Button
                  type="link"
                  size="small"
                  onClick={() =>
                    void villageApi.complaintPhone(c.id).then((r) => setPhone(r.phone))
                  }
                >
                  查看（留痕）
                </Button>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="类别">
              {c.categoryLabel}·{c.kindLabel}
            </Descriptions.Item>
            <Descriptions.Item label="渠道 / 收到日期">
              {c.channelLabel} / {c.receivedOn}
            </Descriptions.Item>
            <Descriptions.Item label="反映事项" span={2}>
              {c.matter}
            </Descriptions.Item>
            <Descriptions.Item label="调查期限">
              <Clock c={c.investigationClock} />
            </Descriptions.Item>
            <Descriptions.Item label="公布期限">
              <Clock c={c.orderClock} />
            </Descriptions.Item>
            {c.findings && (
              <Descriptions.Item label="核实情况" span={2}>
                {c.findings}
              </Descriptions.Item>
            )}
            {c.orderText && (
              <Descriptions.Item label="责令公布" span={2}>
                {c.orderText}（{c.orderedOn}）
              </Descriptions.Item>
            )}
            {c.decisionReason && (
              <Descriptions.Item label="不予支持理由" span={2}>
                {c.decisionReason}
              </Descriptions.Item>
            )}
            {c.resultNote && (
              <Descriptions.Item label="处理结果" span={2}>
                {c.resultNote}（{c.closedOn} 办结）
              </Descriptions.Item>
            )}
          </Descriptions>
          <Divider titlePlacement="start">办理（{c.basis}）</Divider>
          <WorkflowActions
            steps={steps(c)}
            blocked={c.blocked}
            testId="complaint-actions"
            onDone={done}
          />
          <Divider titlePlacement="start">流转记录</Divider>
          <WorkflowPath path={c.path} ahead={c.ahead} />
        </>
      )}
    </Drawer>
  );
}
