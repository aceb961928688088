import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { creditCodeProblem, normaliseIdNumber, residentIdProblem } from '@fazhi/shared';
import type { Option } from '../../../api/disclosure-requests';
import { todayInShanghai } from '../../../lib/format';

const PERSON_ID_TYPES = ['resident_id', 'passport', 'hmt_permit'];

/** The check character of a resident ID or credit code, flagged beside the field as soon as it is typed. */
async function idNumberCheck(idType: string | undefined, value: string | undefined): Promise<void> {
  const id = normaliseIdNumber(value ?? '');
  if (!id) return;
  const problem =
    idType === 'resident_id'
      ? residentIdProblem(id, todayInShanghai())
      : idType === 'credit_code'
        ? creditCodeProblem(id)
        : null;
  if (problem) throw new Error(problem);
}

interface ApplicantOptions {
  applicantKinds: Option[];
  idTypes: Option[];
  forms: Option[];
  deliveries: Option[];
}

/**
 * What an application must contain (《政府信息公开条例》第二十九条): who applies and how to reach them,
 * the information sought, and the form and way it is wanted. Used by staff and by the public form.
 */
export function ApplicantFields({ options }: { options: ApplicantOptions }) {
  const form = Form.useFormInstance();
  const kind = Form.useWatch('applicantKind', form) as string | undefined;
  const delivery = Form.useWatch('delivery', form) as string | undefined;
  const person = kind === 'natural_person';
  const idTypes = options.idTypes.filter((t) =>
    person ? PERSON_ID_TYPES.includes(t.value) : t.value === 'credit_code',
  );

  return (
    <>
      <Form.Item
        label="申请人类型"
        name="applicantKind"
        rules={[{ required: true, message: '请选择申请人类型' }]}
      >
        <Select
          options={options.applicantKinds}
          data-testid="apply-kind"
          onChange={(v: string) =>
            form.setFieldValue('idType', v === 'natural_person' ? 'resident_id' : 'credit_code')
          }
        />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label={person ? '姓名' : '单位名称'}
            name="applicantName"
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                max: 100,
                message: '请填写申请人姓名或名称（2–100 字）',
              },
            ]}
          >
            <Input data-testid="apply-name" />
          </Form.Item>
        </Col>
        <Col span={12}>
          {!person && (
            <Form.Item
              label="联系人"
              name="contactPerson"
              rules={[{ required: true, message: '法人或其他组织申请的，请填写联系人' }]}
            >
              <Input data-testid="apply-contact" />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={9}>
          <Form.Item
            label="证件类型"
            name="idType"
            rules={[{ required: true, message: '请选择证件类型' }]}
          >
            <Select options={idTypes} data-testid="apply-id-type" />
          </Form.Item>
        </Col>
        <Col span={15}>
          <Form.Item
            label="证件号码"
            name="idNumber"
            dependencies={['idType']}
            validateTrigger={['onBlur', 'onChange']}
            rules={[
              { required: true, whitespace: true, message: '请填写证件号码' },
              {
                validator: (_, v: string | undefined) =>
                  idNumberCheck(form.getFieldValue('idType') as string | undefined, v),
              },
            ]}
            extra="居民身份证号码、统一社会信用代码将校验其校验位"
          >
            <Input maxLength={30} data-testid="apply-id-number" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="联系电话"
            name="phone"
            rules={[
              {
                required: true,
                pattern: /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/,
                message: '请填写 11 位手机号或带区号的固定电话',
              },
            ]}
            extra="查询办理进度时须提供"
          >
            <Input data-testid="apply-phone" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="电子邮箱"
            name="email"
            rules={[
              { type: 'email', message: '电子邮箱格式有误' },
              { required: delivery === 'email', message: '选择电子邮件送达的，请填写电子邮箱' },
            ]}
          >
            <Input data-testid="apply-email" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label="通信地址"
        name="address"
        rules={[{ required: delivery === 'post', message: '选择邮寄的，请填写通信地址' }]}
      >
        <Input data-testid="apply-address" />
      </Form.Item>
      <Form.Item
        label="所需政府信息的名称、文号或者便于查询的其他特征性描述"
        name="description"
        rules={[
          {
            required: true,
            whitespace: true,
            min: 5,
            max: 2000,
            message: '请描述所需信息（5–2000 字）',
          },
        ]}
      >
        <Input.TextArea rows={3} data-testid="apply-description" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item
            label="获取信息的形式"
            name="formWanted"
            rules={[{ required: true, message: '请选择形式' }]}
          >
            <Radio.Group options={options.forms} data-testid="apply-form" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="获取信息的途径"
            name="delivery"
            rules={[{ required: true, message: '请选择途径' }]}
          >
            <Radio.Group options={options.deliveries} data-testid="apply-delivery" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
