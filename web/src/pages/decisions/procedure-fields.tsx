import { Form, Input } from 'antd';

/** Form fields shared by the hearing, experts and risk-report modals. */
export const requiredText = (name: string, label: string, rows = 3, testId?: string) => (
  <Form.Item
    name={name}
    label={label}
    rules={[{ required: true, whitespace: true, message: `请填写${label}` }]}
  >
    {rows === 1 ? (
      <Input data-testid={testId} />
    ) : (
      <Input.TextArea rows={rows} data-testid={testId} />
    )}
  </Form.Item>
);

export const requiredDate = (name: string, label: string, testId?: string) => (
  <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
    <Input type="date" data-testid={testId} />
  </Form.Item>
);
