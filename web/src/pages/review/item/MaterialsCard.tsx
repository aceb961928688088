import { CheckCircleTwoTone, CloseCircleTwoTone, DeleteOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  List,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { errorText } from '../../../api/client';
import { reviewApi, type ReviewItem, type Supplied } from '../../../api/review';
import { UploadDocx } from './UploadDocx';
import { BasisText } from '../../../components/BasisText';

/** 送审材料清单: each required material, what was supplied, and (for the submitter) adding more. */
export function MaterialsCard({
  item,
  onChanged,
}: {
  item: ReviewItem;
  onChanged: (i: ReviewItem) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ key: string; fileId?: string; note?: string }>();
  const supplied = (s: Supplied) => (
    <Space key={s.id} size={4}>
      {s.fileId ? (
        <Typography.Link
          onClick={() =>
            reviewApi.downloadFile(s.fileId!).catch((e: unknown) => message.error(errorText(e)))
          }
        >
          {s.fileName ?? '附件'}
        </Typography.Link>
      ) : (
        <Typography.Text type="secondary">{s.note}</Typography.Text>
      )}
      {item.abilities.removeMaterial && (
        <Popconfirm
          title="删除该材料？"
          onConfirm={() =>
            reviewApi
              .removeMaterial(item.id, s.id)
              .then(onChanged, (e: unknown) => message.error(errorText(e)))
          }
        >
          <Button size="small" type="text" icon={<DeleteOutlined />} aria-label="删除" />
        </Popconfirm>
      )}
    </Space>
  );
  const add = async (v: { key: string; fileId?: string; note?: string }) => {
    try {
      onChanged(
        await reviewApi.addMaterial(item.id, {
          key: v.key,
          ...(v.fileId ? { fileId: v.fileId } : {}),
          ...(v.note ? { note: v.note } : {}),
        }),
      );
      form.resetFields();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Card size="small" title="送审材料" data-testid="review-materials">
      <List
        size="small"
        dataSource={item.materials}
        renderItem={(m) => {
          const ok =
            m.key === 'draft' ? !!item.text.trim() || m.supplied.length > 0 : m.supplied.length > 0;
          return (
            <List.Item>
              <Space orientation="vertical" size={0}>
                <Space size={6}>
                  {ok ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                  ) : (
                    <CloseCircleTwoTone twoToneColor={m.required ? '#ff4d4f' : '#bfbfbf'} />
                  )}
                  <span>{m.label}</span>
                  {m.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}
                </Space>
                {m.basis && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    依据：
                    <BasisText text={m.basis} />
                  </Typography.Text>
                )}
                {m.supplied.map(supplied)}
                {m.key === 'draft' && item.text.trim() && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    已提交全文（第 {item.version} 稿）
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          );
        }}
      />
      {item.otherMaterials.length > 0 && <div>其他材料：{item.otherMaterials.map(supplied)}</div>}
      {item.abilities.addMaterial && (
        <Form
          form={form}
          layout="inline"
          onFinish={(v) => void add(v)}
          style={{ marginTop: 12, rowGap: 8 }}
        >
          <Form.Item name="key" rules={[{ required: true, message: '选择材料' }]}>
            <Select
              placeholder="材料项目"
              style={{ width: 220 }}
              options={[
                ...item.materials.map((m) => ({ value: m.key, label: m.label })),
                { value: 'other', label: '其他材料' },
              ]}
              data-testid="material-key"
            />
          </Form.Item>
          <Form.Item name="fileId">
            <UploadDocx accept=".pdf,.docx,.xlsx,.jpg,.png,.ofd" label="上传附件" />
          </Form.Item>
          <Form.Item name="note">
            <Input placeholder="或说明：纸质原件已核对" style={{ width: 200 }} />
          </Form.Item>
          <Button htmlType="submit" data-testid="material-add">
            添加
          </Button>
        </Form>
      )}
    </Card>
  );
}
