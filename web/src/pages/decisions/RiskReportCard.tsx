import { Button, Card, Descriptions, Form, Radio, Space, Tag } from 'antd';
import { useState } from 'react';
import { decisionProceduresApi, type DecisionProcedures } from '../../api/decision-procedures';
import { ListEmpty } from '../../components/ListEmpty';
import { StepModal } from '../../components/StepModal';
import { todayInShanghai } from '../../lib/format';
import { requiredDate, requiredText } from './procedure-fields';

const D = Descriptions.Item;

interface RiskForm {
  points: string;
  measures: string;
  plan: string;
  conclusion: 'controllable' | 'uncontrollable';
  grade: 'high' | 'medium' | 'low';
  assessor: string;
  reportedOn: string;
}

/** 风险评估报告 (条例 第二十二至二十四条): risk points, measures, plan, conclusion and level. */
export function RiskReportCard({
  id,
  data,
  canHandle,
  onChange,
}: {
  id: string;
  data: DecisionProcedures;
  canHandle: boolean;
  onChange: () => void;
}) {
  const [open, setOpen] = useState(false);
  const r = data.riskReport;
  return (
    <Card
      variant="borderless"
      title="风险评估报告"
      data-testid="decision-risk-report"
      extra={
        <Space>
          {data.required.risk && <Tag color="blue">需要风险评估</Tag>}
          {canHandle && (
            <Button onClick={() => setOpen(true)} data-testid="risk-report-edit">
              {r ? '更新风险评估报告' : '登记风险评估报告'}
            </Button>
          )}
        </Space>
      }
    >
      {r ? (
        <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
          <D label="评估结论">
            <Tag color={r.conclusion === 'controllable' ? 'green' : 'red'}>{r.conclusionLabel}</Tag>
            {r.gradeLabel}
          </D>
          <D label="评估单位">
            {r.assessor}（{r.reportedOn}）
          </D>
          <D label="风险点" span={2}>
            {r.points}
          </D>
          <D label="防范措施" span={2}>
            {r.measures}
          </D>
          <D label="处置预案" span={2}>
            {r.plan}
          </D>
        </Descriptions>
      ) : (
        <ListEmpty text={data.required.risk ? '尚未形成风险评估报告' : '未开展风险评估'} />
      )}
      {open && (
        <StepModal<RiskForm>
          open
          title="登记风险评估报告"
          testId="risk-report-modal"
          onClose={() => setOpen(false)}
          initialValues={
            r ?? { conclusion: 'controllable', grade: 'low', reportedOn: todayInShanghai() }
          }
          onSubmit={async (v) => {
            await decisionProceduresApi.recordRiskReport(id, { ...v });
            onChange();
          }}
        >
          {requiredText('points', '风险点', 3)}
          {requiredText('measures', '风险防范措施', 3)}
          {requiredText('plan', '处置预案', 3)}
          <Form.Item name="conclusion" label="评估结论">
            <Radio.Group
              options={[
                { value: 'controllable', label: '风险可控' },
                { value: 'uncontrollable', label: '风险不可控（须调整草案后重新评估）' },
              ]}
            />
          </Form.Item>
          <Form.Item name="grade" label="风险等级">
            <Radio.Group
              options={[
                { value: 'high', label: '高风险' },
                { value: 'medium', label: '中风险' },
                { value: 'low', label: '低风险' },
              ]}
            />
          </Form.Item>
          {requiredText('assessor', '评估单位', 1)}
          {requiredDate('reportedOn', '报告日期')}
        </StepModal>
      )}
    </Card>
  );
}
