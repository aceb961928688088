import {
  App,
  Button,
  Descriptions,
  Divider,
  Drawer,
  Form,
  Input,
  Modal,
  Select,
  Skeleton,
  Space,
  Tag,
} from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { villageApi, type ComplaintDetail } from '../../../api/village-affairs';
import { ClockStatusTag } from '../../../components/ClockStatusTag';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useRequest } from '../../../lib/use-request';
import { WorkflowBlocked } from '../../../components/WorkflowBlocked';

type Step = 'order' | 'dismiss' | 'confirm' | 'close' | null;

const FIELDS: Record<
  Exclude<Step, null>,
  {
    title: string;
    fields: { name: string; label: string }[];
    path: 'order' | 'dismiss' | 'confirm-published' | 'close';
  }
> = {
  order: {
    title: '责令依法公布',
    path: 'order',
    fields: [
      { name: 'findings', label: '调查核实情况' },
      { name: 'orderText', label: '责令公布的事项和要求' },
    ],
  },
  dismiss: {
    title: '核实后不予支持',
    path: 'dismiss',
    fields: [
      { name: 'findings', label: '调查核实情况' },
      { name: 'reason', label: '不予支持的理由' },
    ],
  },
  confirm: {
    title: '确认村已公布',
    path: 'confirm-published',
    fields: [{ name: 'itemId', label: '村已公布的公开事项' }],
  },
  close: {
    title: '办结并告知反映人',
    path: 'close',
    fields: [{ name: 'resultNote', label: '告知反映人的处理结果' }],
  },
};

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
  const [step, setStep] = useState<Step>(null);
  const [phone, setPhone] = useState<string | null>(null);
  const [form] = Form.useForm<Record<string, string>>();
  const [stepError, setStepError] = useState<unknown>(null);
  const done = () => {
    message.success('已记录');
    setStep(null);
    form.resetFields();
    reload();
    onChanged();
  };
  const run = async () => {
    const v = await form.validateFields();
    setStepError(null);
    try {
      await villageApi.complaintStep(c!.id, FIELDS[step!].path, v);
      done();
    } catch (e) {
      setStepError(e);
    }
  };
  const investigate = async () => {
    try {
      await villageApi.complaintStep(c!.id, 'investigate');
      done();
    } catch (e) {
      message.error(errorText(e));
    }
  };

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
          <WorkflowBlocked blocked={c.blocked} />
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
          <Space wrap>
            {c.abilities.investigate && (
              <Button
                type="primary"
                onClick={() => void investigate()}
                data-testid="complaint-investigate"
              >
                开始调查核实
              </Button>
            )}
            {c.abilities.order && (
              <Button
                type="primary"
                danger
                onClick={() => setStep('order')}
                data-testid="complaint-order"
              >
                责令依法公布
              </Button>
            )}
            {c.abilities.dismiss && (
              <Button onClick={() => setStep('dismiss')} data-testid="complaint-dismiss">
                核实后不予支持
              </Button>
            )}
            {c.abilities.confirmPublished && (
              <Button onClick={() => setStep('confirm')} data-testid="complaint-confirm">
                确认村已公布
              </Button>
            )}
            {c.abilities.close && (
              <Button type="primary" onClick={() => setStep('close')} data-testid="complaint-close">
                办结
              </Button>
            )}
          </Space>
          <Modal
            open={!!step}
            title={step ? FIELDS[step].title : ''}
            onOk={() => void run()}
            onCancel={() => setStep(null)}
            forceRender
          >
            <ErrorAlert error={stepError} />
            <Form form={form} layout="vertical">
              {step &&
                FIELDS[step].fields.map((f) => (
                  <Form.Item
                    key={f.name}
                    label={f.label}
                    name={f.name}
                    rules={[{ required: true, whitespace: true, message: `请填写${f.label}` }]}
                  >
                    {f.name === 'itemId' ? (
                      <PublishedItemSelect villageId={c.village.id} />
                    ) : (
                      <Input.TextArea rows={3} data-testid={`complaint-${f.name}`} />
                    )}
                  </Form.Item>
                ))}
            </Form>
          </Modal>
        </>
      )}
    </Drawer>
  );
}
