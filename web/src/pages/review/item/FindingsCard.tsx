import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, List, Popconfirm, Select, Typography } from 'antd';
import { errorText } from '../../../api/client';
import { reviewApi, type FindingInput, type ReviewItem } from '../../../api/review';
import { useVocabulary } from '../../../lib/use-vocabulary';
import { BasisText } from '../../../components/BasisText';

/** 审查意见条目: clause → problem → basis → suggested wording, by dimension. */
export function FindingsCard({
  item,
  onChanged,
}: {
  item: ReviewItem;
  onChanged: (i: ReviewItem) => void;
}) {
  const { message } = App.useApp();
  const { data: meta } = useVocabulary('review');
  const [form] = Form.useForm<FindingInput>();
  const editable = item.abilities.editFindings;

  const add = async (v: FindingInput) => {
    try {
      onChanged(
        await reviewApi.addFinding(
          item.id,
          Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as typeof v,
        ),
      );
      form.resetFields();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const remove = async (id: string) => {
    try {
      onChanged(await reviewApi.removeFinding(item.id, id));
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card
      size="small"
      title={`审查意见条目（${item.findings.length}）`}
      data-testid="review-findings"
    >
      <List
        size="small"
        dataSource={item.findings}
        locale={{ emptyText: '尚无审查意见条目；采纳预审提示或手工添加' }}
        renderItem={(f, i) => (
          <List.Item
            actions={
              editable
                ? [
                    <Popconfirm key="d" title="删除该条目？" onConfirm={() => remove(f.id)}>
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label="删除"
                      />
                    </Popconfirm>,
                  ]
                : []
            }
          >
            <div>
              <Typography.Text strong>
                {i + 1}. 【{f.dimensionLabel}】{f.problem}
              </Typography.Text>
              {f.clause && <div style={{ fontSize: 12 }}>条款：“{f.clause}”</div>}
              {f.basis && (
                <div style={{ fontSize: 12 }}>
                  依据：
                  <BasisText text={f.basis} />
                </div>
              )}
              {f.suggestion && <div style={{ fontSize: 12 }}>修改建议：{f.suggestion}</div>}
            </div>
          </List.Item>
        )}
      />
      {editable && (
        <Form
          form={form}
          layout="vertical"
          size="small"
          onFinish={(v) => void add(v)}
          initialValues={{ dimension: 'content' }}
          style={{ marginTop: 12 }}
        >
          <Form.Item name="dimension" label="审查维度">
            <Select options={meta?.dimensions} />
          </Form.Item>
          <Form.Item name="clause" label="涉及条款">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item
            name="problem"
            label="存在的问题"
            rules={[{ required: true, min: 2, message: '请写明问题' }]}
          >
            <Input.TextArea rows={2} data-testid="finding-problem" />
          </Form.Item>
          <Form.Item name="basis" label="法律依据">
            <Input />
          </Form.Item>
          <Form.Item name="suggestion" label="修改建议">
            <Input.TextArea rows={2} />
          </Form.Item>
          <Button htmlType="submit" data-testid="finding-add">
            添加条目
          </Button>
        </Form>
      )}
    </Card>
  );
}
