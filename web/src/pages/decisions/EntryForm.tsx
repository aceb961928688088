import { Checkbox, Form, Input, Switch } from 'antd';
import { optionsOf } from '../litigation/options';

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** The catalogue's columns for one entry (事项名称 … 计划完成时间), and the reason once the catalogue is approved. */
export function EntryForm({
  procedures,
  needsReason,
}: {
  procedures: Record<string, string> | undefined;
  needsReason: boolean;
}) {
  return (
    <>
      <Form.Item name="title" label="事项名称" rules={required('请填写事项名称')}>
        <Input maxLength={200} data-testid="entry-title" />
      </Form.Item>
      <Form.Item name="decisionBody" label="决策主体" rules={required('请填写决策主体')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="leadOffice" label="承办科室" rules={required('请填写承办科室')}>
        <Input maxLength={60} data-testid="entry-office" />
      </Form.Item>
      <Form.Item name="partners" label="会同单位">
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="legalBasis" label="法律政策依据" rules={required('请填写法律政策依据')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="entry-basis" />
      </Form.Item>
      <Form.Item name="procedures" label="履行程序要求（合法性审查、集体讨论决定为必经程序）">
        <Checkbox.Group options={optionsOf(procedures)} />
      </Form.Item>
      <Form.Item name="plannedBy" label="计划完成时间" rules={required('请填写计划完成时间')}>
        <Input type="date" data-testid="entry-planned" />
      </Form.Item>
      <Form.Item
        name="affectsMarket"
        label="涉及市场主体经济活动（须公平竞争审查）"
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      {needsReason && (
        <Form.Item
          name="reason"
          label="新增或调整理由（目录经同意后动态调整须留痕）"
          rules={required('请填写理由')}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="entry-reason" />
        </Form.Item>
      )}
    </>
  );
}
