import { Form, Input, Select } from 'antd';
import {
  legalServicesApi,
  type ServiceWindow,
  type Ticket,
  type Visit,
} from '../../api/legal-services';
import { StepModal } from '../../components/StepModal';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';

interface VisitValues {
  windowId: string;
  channel: string;
  visitorName: string;
  visitorPhone?: string;
  village?: string;
  topic: string;
  summary?: string;
  outcome: string;
  referral?: string;
}

/**
 * 服务登记: who came, what about, the outcome and any referral. From a called ticket the window and
 * ticket are fixed; without one (a phone call, a visitor who did not queue) the clerk picks the window.
 */
export function VisitModal({
  windows,
  ticket,
  onClose,
  onLogged,
}: {
  windows: ServiceWindow[];
  ticket: Ticket | null;
  onClose: () => void;
  onLogged: (v: Visit) => void;
}) {
  const vocab = useVocabulary('legalServices');
  return (
    <StepModal<VisitValues>
      open
      title={ticket ? `办理登记（${ticket.label}）` : '登记来访服务'}
      onClose={onClose}
      testId="visit-form"
      initialValues={{
        windowId: ticket?.windowId ?? windows[0]?.id,
        channel: ticket?.appointmentId ? 'appointment' : 'walk_in',
        outcome: 'answered',
      }}
      onSubmit={async ({ windowId, ...v }) => {
        const body: Record<string, unknown> = { ...v, ...(ticket ? { ticketId: ticket.id } : {}) };
        for (const k of Object.keys(body))
          if (body[k] === undefined || body[k] === '') delete body[k];
        onLogged(await legalServicesApi.logVisit(windowId, body));
      }}
    >
      <Form.Item name="windowId" label="窗口" rules={[{ required: true, message: '请选择窗口' }]}>
        <Select
          disabled={!!ticket}
          options={windows.map((w) => ({ value: w.id, label: `${w.code} ${w.name}` }))}
        />
      </Form.Item>
      <Form.Item name="channel" label="来访方式">
        <Select options={optionsOf(vocab.data?.channels)} />
      </Form.Item>
      <Form.Item
        name="visitorName"
        label="来访人"
        rules={[{ required: true, message: '请填写来访人' }]}
      >
        <Input data-testid="visit-name" />
      </Form.Item>
      <Form.Item name="visitorPhone" label="联系电话">
        <Input />
      </Form.Item>
      <Form.Item name="village" label="所在村（社区）或单位">
        <Input />
      </Form.Item>
      <Form.Item
        name="topic"
        label="咨询或办理事项"
        rules={[{ required: true, message: '请填写事项' }]}
      >
        <Input data-testid="visit-topic" />
      </Form.Item>
      <Form.Item name="summary" label="服务情况">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item name="outcome" label="办理结果">
        <Select options={optionsOf(vocab.data?.outcomes)} data-testid="visit-outcome" />
      </Form.Item>
      <Form.Item name="referral" label="转介去向（转介的必填）">
        <Input placeholder="如：慈溪市法律援助中心、镇矛调中心、人民法院" />
      </Form.Item>
    </StepModal>
  );
}
