import { Alert, Form, Input, Select, type FormInstance } from 'antd';
import {
  requestsApi,
  type ApplicantValues,
  type RequestVocabulary,
} from '../../../api/disclosure-requests';
import { todayInShanghai } from '../../../lib/format';
import { ApplicantFields } from './ApplicantFields';
import { StepModal } from '../../../components/StepModal';

type Values = ApplicantValues & {
  channel: string;
  submittedOn?: string;
  signedOn?: string;
  arrivedOn?: string;
  confirmedOn?: string;
};

/** Which dates each channel records (《政府信息公开条例》第三十一条) and whether each is required. */
const DATE_FIELDS: Record<string, { name: keyof Values; label: string; required: boolean }[]> = {
  in_person: [{ name: 'submittedOn', label: '提交日期（即收到申请之日）', required: true }],
  registered_post: [
    { name: 'submittedOn', label: '邮寄日期（邮戳）', required: false },
    { name: 'signedOn', label: '签收日期（即收到申请之日）', required: true },
  ],
  ordinary_letter: [
    { name: 'arrivedOn', label: '信函收到日期', required: true },
    { name: 'confirmedOn', label: '与申请人确认日期（即收到申请之日）', required: true },
  ],
  online: [
    { name: 'submittedOn', label: '提交日期', required: false },
    { name: 'confirmedOn', label: '双方确认日期（可稍后确认）', required: false },
  ],
  fax: [
    { name: 'submittedOn', label: '传真日期', required: false },
    { name: 'confirmedOn', label: '双方确认日期（可稍后确认）', required: false },
  ],
};

/** 登记申请: staff record an application received at the counter, by post, fax or online. */
export function RegisterModal({
  open,
  vocab,
  onClose,
  onCreated,
}: {
  open: boolean;
  vocab: RequestVocabulary;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const today = todayInShanghai();
  return (
    <StepModal<Values>
      open={open}
      title="登记政府信息公开申请"
      okText="登记"
      onClose={onClose}
      testId="register"
      initialValues={{
        channel: 'in_person',
        submittedOn: today,
        applicantKind: 'natural_person',
        idType: 'resident_id',
        formWanted: 'paper',
        delivery: 'pickup',
      }}
      onSubmit={async (v) => {
        const body = Object.fromEntries(
          Object.entries(v).filter(([, x]) => x !== undefined && x !== ''),
        ) as Values;
        onCreated((await requestsApi.register(body)).id);
      }}
    >
      {(form) => <Fields vocab={vocab} form={form} today={today} />}
    </StepModal>
  );
}

function Fields({
  vocab,
  form,
  today,
}: {
  vocab: RequestVocabulary;
  form: FormInstance<Values>;
  today: string;
}) {
  const channel = (Form.useWatch('channel', form) as string | undefined) ?? 'in_person';
  const rule = vocab.channels.find((c) => c.value === channel)?.rule;
  return (
    <>
      <Form.Item label="收件渠道" name="channel" rules={[{ required: true }]}>
        <Select options={vocab.channels} data-testid="register-channel" />
      </Form.Item>
      {rule && <Alert type="info" showIcon title={rule} style={{ marginBottom: 12 }} />}
      {(DATE_FIELDS[channel] ?? []).map((f) => (
        <Form.Item
          key={`${channel}-${f.name}`}
          label={f.label}
          name={f.name}
          rules={[{ required: f.required, message: `请填写${f.label}` }]}
        >
          <Input type="date" max={today} data-testid={`register-${f.name}`} />
        </Form.Item>
      ))}
      <ApplicantFields options={vocab} />
    </>
  );
}
