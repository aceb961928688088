import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Modal,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorText } from '../../../api/client';
import { reviewApi, type ReviewItem } from '../../../api/review';
import { formatDate, formatInstant } from '../../../lib/format';
import { CONCLUSION_COLORS } from '../ReviewTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useFormSubmit } from '../../../lib/use-form-submit';
import { UploadDocx } from './UploadDocx';

/** 审查意见书 (downloadable), the adviser's opinions, co-review, feedback, decision and filing. */
export function RecordsCard({
  item,
  onChanged,
}: {
  item: ReviewItem;
  onChanged: (i: ReviewItem) => void;
}) {
  const { message } = App.useApp();
  const [advising, setAdvising] = useState(false);
  const [form] = Form.useForm<{ text: string; fileId?: string }>();
  const download = (opinionId: string) =>
    reviewApi
      .downloadOpinion(item.id, opinionId)
      .catch((e: unknown) => message.error(errorText(e)));
  const advice = useFormSubmit(
    form,
    () => setAdvising(false),
    (v) => reviewApi.step(item.id, 'adviser-opinions', v.fileId ? v : { text: v.text }),
    onChanged,
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Card size="small" title="合法性审查意见书" data-testid="review-opinions">
        {item.opinions.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未出具审查意见" />
        ) : (
          <List
            size="small"
            dataSource={item.opinions}
            renderItem={(o) => (
              <List.Item
                actions={
                  o.docNumber
                    ? [
                        <Button
                          key="d"
                          size="small"
                          onClick={() => void download(o.id)}
                          data-testid={`opinion-download-${o.version}`}
                        >
                          下载意见书
                        </Button>,
                      ]
                    : []
                }
              >
                <Space orientation="vertical" size={0}>
                  <Space wrap>
                    <Typography.Text strong>
                      {o.docNumber ?? '线下审查（无电子文书）'}
                    </Typography.Text>
                    <Tag color={CONCLUSION_COLORS[o.conclusion]}>{o.conclusionLabel}</Tag>
                    <span>
                      第 {o.version} 稿 · {formatDate(o.issuedOn)} · {o.reviewerName}
                    </span>
                  </Space>
                  <Typography.Text type="secondary">{o.summary}</Typography.Text>
                  {o.riskStatement && (
                    <Typography.Text type="warning">法律风险：{o.riskStatement}</Typography.Text>
                  )}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card
        size="small"
        title="法律顾问意见"
        extra={
          item.abilities.addAdviserOpinion && (
            <Button
              size="small"
              type="primary"
              onClick={() => setAdvising(true)}
              data-testid="adviser-add"
            >
              出具法律意见
            </Button>
          )
        }
      >
        {item.adviserOpinions.length === 0 ? (
          <Typography.Text type="secondary">
            暂无
            {item.type === 'major_decision'
              ? '（重大行政决策须取得法律顾问意见，《重大行政决策程序暂行条例》第二十八条）'
              : ''}
          </Typography.Text>
        ) : (
          item.adviserOpinions.map((a) => (
            <Typography.Paragraph key={a.id}>
              <Typography.Text strong>{a.adviserName}</Typography.Text>（
              {formatInstant(a.createdAt)}）：{a.text}
            </Typography.Paragraph>
          ))
        )}
      </Card>
      {item.coReviews.length > 0 && (
        <Card size="small" title="县乡协审">
          <Timeline
            items={item.coReviews.map((c) => ({
              children: (
                <>
                  <div>
                    提请：{c.reason}（{formatInstant(c.requestedAt)}
                    {c.pausedClock ? '，期间暂停计算审查期限' : ''}）
                  </div>
                  {c.response && (
                    <div>
                      县级中心 {c.responderName}：{c.response}（{formatInstant(c.respondedAt)}）
                    </div>
                  )}
                </>
              ),
            }))}
          />
        </Card>
      )}
      {(item.feedback || item.decision || item.filing) && (
        <Card size="small" title="采纳、决定与备案">
          <Descriptions size="small" column={1}>
            {item.feedback && (
              <Descriptions.Item label="采纳情况">
                {item.feedback.adoptionLabel}
                {item.feedback.note ? `：${item.feedback.note}` : ''}
              </Descriptions.Item>
            )}
            {item.decision && (
              <Descriptions.Item label="决定">
                {item.decision.kindLabel}（{formatDate(item.decision.decidedOn)}）
              </Descriptions.Item>
            )}
            {item.filing && (
              <Descriptions.Item label="备案">
                {item.filing.targetOrgName}，{formatDate(item.filing.filedOn)}
                {item.filing.onTime === false && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    逾期（应于 {item.filing.dueDate} 前）
                  </Tag>
                )}
                {item.filing.fileId && (
                  <Typography.Link
                    style={{ marginLeft: 8 }}
                    onClick={() =>
                      reviewApi
                        .downloadFile(item.filing!.fileId!)
                        .catch((e: unknown) => message.error(errorText(e)))
                    }
                  >
                    备案文本
                  </Typography.Link>
                )}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      <Modal
        open={advising}
        title="出具书面法律意见"
        onCancel={advice.close}
        onOk={() => void advice.submit()}
        confirmLoading={advice.saving}
        destroyOnHidden
      >
        <ErrorAlert error={advice.error} />
        <Form form={form} layout="vertical">
          <Form.Item
            name="text"
            label="法律意见"
            rules={[{ required: true, min: 10, message: '法律意见至少 10 个字' }]}
          >
            <Input.TextArea rows={6} />
          </Form.Item>
          <Form.Item name="fileId" label="签名的法律意见书（可选）">
            <UploadDocx accept=".pdf,.docx,.jpg,.png" label="上传扫描件" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
