import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { enforcementApi, type EnforcementVocabulary, type NewCase } from '../../api/enforcement';
import { StepModal } from '../../components/StepModal';
import { useRequest } from '../../lib/use-request';

/**
 * 登记案件线索: the case, its authority basis (赋权 / 委托 with the entrustment / 派出机构) and the
 * officers, picked from the 执法证 registry (行政处罚法 第四十二条: at least two certified officers).
 */
export function NewCaseModal({
  vocab,
  onClose,
  onCreated,
}: {
  vocab: EnforcementVocabulary;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const entrustments = useRequest(() => enforcementApi.entrustments(), []);
  const certificates = useRequest(() => enforcementApi.certificates(), []);
  const officers = [
    ...new Map(
      (certificates.data?.items ?? [])
        .filter((c) => c.valid)
        .map((c) => [c.userId, { value: c.userId, label: `${c.holder}（${c.certNo}）` }]),
    ).values(),
  ];
  return (
    <StepModal<NewCase>
      open
      title="登记案件线索"
      okText="登记"
      onClose={onClose}
      onSubmit={async (v) => onCreated((await enforcementApi.create(v)).id)}
      initialValues={{ partyKind: 'organisation', major: false, procedure: 'general' }}
      testId="case-new"
    >
      {(form) => (
        <>
          <Form.Item
            name="procedure"
            label="程序"
            extra="简易程序：违法事实确凿并有法定依据，当场处以警告或者小额罚款（《行政处罚法》第五十一条）"
          >
            <Radio.Group
              options={vocab.procedures}
              optionType="button"
              data-testid="case-procedure"
            />
          </Form.Item>
          <Form.Item name="title" label="案由" rules={[{ required: true, message: '请填写案由' }]}>
            <Input maxLength={200} data-testid="case-title" />
          </Form.Item>
          <Form.Item name="field" label="执法领域" rules={[{ required: true, message: '请选择' }]}>
            <Select options={vocab.fields} data-testid="case-field" />
          </Form.Item>
          <Form.Item
            name="authorityBasis"
            label="权力来源"
            rules={[{ required: true, message: '请选择权力来源' }]}
          >
            <Select options={vocab.authorityBases} data-testid="case-basis" />
          </Form.Item>
          <Form.Item noStyle dependencies={['authorityBasis']}>
            {() =>
              form.getFieldValue('authorityBasis') === 'entrusted' && (
                <Form.Item
                  name="entrustmentId"
                  label="委托书（行政处罚法第二十条）"
                  rules={[{ required: true, message: '委托执法案件须选择委托书' }]}
                >
                  <Select
                    data-testid="case-entrustment"
                    loading={entrustments.loading}
                    options={(entrustments.data?.items ?? []).map((e) => ({
                      value: e.id,
                      label: `${e.entrustingBody} ${e.documentNo ?? ''}（${e.startsOn} 至 ${e.endsOn}）${e.current ? '' : ' 已不在期限内'}`,
                    }))}
                  />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item
            name="partyName"
            label="当事人"
            rules={[{ required: true, message: '请填写' }]}
          >
            <Input maxLength={100} data-testid="case-party" />
          </Form.Item>
          <Form.Item name="partyKind" label="当事人类型">
            <Select options={vocab.partyKinds} data-testid="case-party-kind" />
          </Form.Item>
          <Form.Item name="partyAddress" label="当事人地址">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="facts"
            label="违法事实"
            rules={[{ required: true, message: '请填写违法事实' }]}
          >
            <Input.TextArea rows={4} maxLength={4000} data-testid="case-facts" />
          </Form.Item>
          <Form.Item
            name="officerIds"
            label="办案执法人员（至少两名持有效执法证）"
            rules={[{ required: true, message: '请选择办案人员' }]}
          >
            <Select
              mode="multiple"
              options={officers}
              loading={certificates.loading}
              data-testid="case-officers"
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['procedure']}>
            {() =>
              form.getFieldValue('procedure') !== 'simple' && (
                <Form.Item name="major" valuePropName="checked">
                  <Checkbox data-testid="case-major">
                    重大或疑难复杂案件（须法制审核、集体讨论）
                  </Checkbox>
                </Form.Item>
              )
            }
          </Form.Item>
        </>
      )}
    </StepModal>
  );
}
