import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { litigationApi } from '../../api/litigation';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { optionsOf } from './options';

type Vocabulary = Awaited<ReturnType<typeof litigationApi.vocabulary>>;

interface NewCase {
  kind: string;
  caseNo: string;
  title: string;
  claimantName: string;
  claimantIsPerson: boolean;
  reviewBody: string;
  receivedOn: string;
  entrustingBody?: string;
  department?: string;
  mandatoryReason?: string;
  flags?: string[];
}

/**
 * 登记案件 on the day the copy arrived: the answer clock starts then (复议 10 working days, 5 in the
 * simplified procedure; 诉讼 15 days). For an act under entrustment the entrusting body is the respondent.
 */
export function NewCaseModal({
  vocab,
  onClose,
  onCreated,
}: {
  vocab: Vocabulary;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  return (
    <StepModal<NewCase>
      open
      title="登记复议应诉案件"
      onClose={onClose}
      testId="litigation-create-form"
      initialValues={{
        kind: 'litigation',
        claimantIsPerson: true,
        receivedOn: todayInShanghai(),
        reviewBody: '慈溪市人民法院',
        flags: [],
      }}
      onSubmit={async ({ flags = [], ...v }) => {
        const body: Record<string, unknown> = { ...v };
        for (const k of Object.keys(body))
          if (body[k] === undefined || body[k] === '') delete body[k];
        for (const f of flags) body[f] = true;
        const c = await litigationApi.create(body);
        onCreated(c.id);
      }}
    >
      {(form) => (
        <>
          <Form.Item name="kind" label="类别">
            <Radio.Group
              options={optionsOf(vocab.kinds)}
              data-testid="litigation-kind"
              onChange={(e) =>
                form.setFieldValue(
                  'reviewBody',
                  e.target.value === 'litigation' ? '慈溪市人民法院' : '慈溪市人民政府',
                )
              }
            />
          </Form.Item>
          <Form.Item name="caseNo" label="案号" rules={[{ required: true, message: '请填写案号' }]}>
            <Input data-testid="litigation-case-no" />
          </Form.Item>
          <Form.Item name="title" label="案由" rules={[{ required: true, message: '请填写案由' }]}>
            <Input data-testid="litigation-title" />
          </Form.Item>
          <Form.Item
            name="claimantName"
            label="申请人/原告"
            rules={[{ required: true, message: '请填写申请人或原告' }]}
          >
            <Input data-testid="litigation-claimant" />
          </Form.Item>
          <Form.Item name="claimantIsPerson" label="申请人/原告类型">
            <Radio.Group
              options={[
                { value: true, label: '自然人' },
                { value: false, label: '法人或其他组织' },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="reviewBody"
            label="复议机关/人民法院"
            rules={[{ required: true, message: '请填写复议机关或法院' }]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label="收到副本日期"
            rules={[{ required: true, message: '请填写收到副本日期' }]}
          >
            <Input type="date" data-testid="litigation-received" />
          </Form.Item>
          <Form.Item name="entrustingBody" label="委托机关（受委托作出的行为）">
            <Input placeholder="如：慈溪市应急管理局（其为被申请人/被告）" />
          </Form.Item>
          <Form.Item name="department" label="承办科室">
            <Input />
          </Form.Item>
          <Form.Item name="mandatoryReason" label="负责人应当出庭的情形（行政诉讼）">
            <Select allowClear options={optionsOf(vocab.mandatoryReasons)} />
          </Form.Item>
          <Form.Item name="flags" label="其他">
            <Checkbox.Group
              options={[
                { value: 'disclosureRelated', label: '政府信息公开类（计入年报表四）' },
                { value: 'simplified', label: '复议简易程序（答复期限五日）' },
                { value: 'afterReconsideration', label: '复议后起诉' },
              ]}
            />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
