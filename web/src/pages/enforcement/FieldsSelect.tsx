import { Form, Select } from 'antd';
import type { Option } from '../../api/enforcement';

/** 执法领域 (several), as an entrustment's scope or a certificate's fields. */
export function FieldsItem({ label, options }: { label: string; options: Option[] }) {
  return (
    <Form.Item name="fields" label={label} rules={[{ required: true, message: `请选择${label}` }]}>
      <Select mode="multiple" options={options} data-testid="authority-fields" />
    </Form.Item>
  );
}
