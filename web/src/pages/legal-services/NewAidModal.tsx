import { Checkbox, Form, Input, Select } from 'antd';
import { legalServicesApi } from '../../api/legal-services';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { useVocabulary } from '../../lib/use-vocabulary';
import { optionsOf } from '../litigation/options';

interface NewAid {
  applicantName: string;
  applicantPhone?: string;
  matter: string;
  summary: string;
  meansMethod: string;
  pledgeSigned?: boolean;
  exemption?: string;
  deadlineOn?: string;
  urgentPreservation?: boolean;
  receivedOn: string;
}

/**
 * 受理法律援助申请: the matter (《法律援助法》第三十一条 needs hardship, 第三十二条 does not), how hardship is
 * shown (第四十一条 核查 or 诚信承诺, 第四十二条 免予核查), and any deadline that may call for 先行提供 (第四十四条).
 */
export function NewAidModal({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const vocab = useVocabulary('legalServices');
  const matters = Object.entries(vocab.data?.aidMatters ?? {}).map(([value, m]) => ({
    value,
    label: `${m.label}（第${m.article === 31 ? '三十一' : '三十二'}条）`,
  }));
  return (
    <StepModal<NewAid>
      open
      title="受理法律援助申请"
      onClose={onClose}
      testId="aid-create-form"
      initialValues={{ receivedOn: todayInShanghai(), meansMethod: 'pledge' }}
      onSubmit={async (v) => {
        const body: Record<string, unknown> = { ...v };
        for (const k of Object.keys(body))
          if (body[k] === undefined || body[k] === '') delete body[k];
        const a = await legalServicesApi.createAid(body);
        onCreated(a.id);
      }}
    >
      {(form) => (
        <>
          <Form.Item
            name="applicantName"
            label="申请人"
            rules={[{ required: true, message: '请填写申请人' }]}
          >
            <Input data-testid="aid-applicant" />
          </Form.Item>
          <Form.Item name="applicantPhone" label="联系电话">
            <Input />
          </Form.Item>
          <Form.Item
            name="matter"
            label="申请事项"
            rules={[{ required: true, message: '请选择申请事项' }]}
          >
            <Select
              options={matters}
              data-testid="aid-matter"
              showSearch
              optionFilterProp="label"
            />
          </Form.Item>
          <Form.Item
            name="summary"
            label="案情摘要"
            rules={[{ required: true, message: '请填写案情摘要' }]}
          >
            <Input.TextArea rows={3} data-testid="aid-summary" />
          </Form.Item>
          <Form.Item name="meansMethod" label="经济困难状况">
            <Select options={optionsOf(vocab.data?.meansMethods)} data-testid="aid-means" />
          </Form.Item>
          <Form.Item noStyle dependencies={['meansMethod']}>
            {() =>
              form.getFieldValue('meansMethod') === 'exempt' ? (
                <Form.Item name="exemption" label="免予核查的情形（第四十二条）">
                  <Select options={optionsOf(vocab.data?.exemptions)} />
                </Form.Item>
              ) : form.getFieldValue('meansMethod') === 'pledge' ? (
                <Form.Item name="pledgeSigned" valuePropName="checked">
                  <Checkbox data-testid="aid-pledge">
                    申请人已签署个人诚信承诺书（第四十一条）
                  </Checkbox>
                </Form.Item>
              ) : null
            }
          </Form.Item>
          <Form.Item name="deadlineOn" label="面临的时效或期限届满日（如有）">
            <Input type="date" />
          </Form.Item>
          <Form.Item name="urgentPreservation" valuePropName="checked">
            <Checkbox>需要立即申请财产保全、证据保全或先予执行（第四十四条）</Checkbox>
          </Form.Item>
          <Form.Item
            name="receivedOn"
            label="受理日期"
            rules={[{ required: true, message: '请填写受理日期' }]}
          >
            <Input type="date" />
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
