import type { ExplanationStep } from '@fazhi/shared';
import { Alert, Descriptions, Tag, Timeline, Typography } from 'antd';
import type { DeadlineAnswer } from '../../api/calendar';
import { weekdayOf } from '../../lib/format';
import { BasisText } from '../../components/BasisText';

type Step = DeadlineAnswer['explanation'][number];

const STEP_LABELS: Record<ExplanationStep['kind'], [string, string]> = {
  start: ['起算日', 'blue'],
  counted: ['计入', 'green'],
  makeup_workday: ['调休上班', 'cyan'],
  weekend: ['周末', 'default'],
  holiday: ['法定节假日', 'red'],
  paused: ['中止', 'orange'],
  moved: ['顺延', 'purple'],
  extension: ['延长', 'geekblue'],
  provisional: ['暂定', 'gold'],
};

/** The rule every answer rests on (民法典 第二百零一条、第二百零三条), shown with each result. */
export const DEADLINE_RULE =
  '起算日不计入（民法典第二百零一条：按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算）；期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日（民法典第二百零三条）。';

export default function DeadlineResultView({ result }: { result: DeadlineAnswer }) {
  return (
    <div data-testid="deadline-result">
      {result.provisional && (
        <Alert
          type="warning"
          showIcon
          data-testid="deadline-provisional"
          title="计算结果为暂定：所涉年份的国务院放假安排尚未录入"
          description={
            result.provisionalReasons.join('；') ||
            '法定节假日已按《全国年节及纪念日放假办法》推算，调休安排公布后结果可能变化。'
          }
          style={{ marginBottom: 16 }}
        />
      )}
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="届满日">
          <Typography.Text
            strong
            style={{ fontSize: 18, color: '#c62828' }}
            data-testid="deadline-due"
          >
            {result.due}
          </Typography.Text>
          <span style={{ marginInlineStart: 8 }}>{weekdayOf(result.due)}</span>
        </Descriptions.Item>
        <Descriptions.Item label="计算">
          自 {result.from} 起 {result.days} 个{result.unit === 'working' ? '工作日' : '自然日'}
        </Descriptions.Item>
        {result.summary && <Descriptions.Item label="说明">{result.summary}</Descriptions.Item>}
        <Descriptions.Item label="计算规则" contentStyle={{ fontSize: 13 }}>
          <span data-testid="deadline-rule">{DEADLINE_RULE}</span>
          {result.basis && (
            <div style={{ color: '#666', marginTop: 4 }}>
              <BasisText text={result.basis} />
            </div>
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Text strong>计算过程</Typography.Text>
      <div style={{ maxHeight: 360, overflowY: 'auto', paddingTop: 12 }}>
        <Timeline
          data-testid="deadline-steps"
          items={result.explanation.map((step: Step) => ({
            color: STEP_LABELS[step.kind]?.[1] === 'default' ? 'gray' : STEP_LABELS[step.kind]?.[1],
            content: (
              <>
                <Typography.Text>
                  {step.to && step.to !== step.date
                    ? `${step.date} 至 ${step.to}`
                    : `${step.date} ${weekdayOf(step.date)}`}
                </Typography.Text>
                <Tag color={STEP_LABELS[step.kind]?.[1]} style={{ marginInlineStart: 8 }}>
                  {STEP_LABELS[step.kind]?.[0] ?? step.kind}
                </Tag>
                <div style={{ color: '#555' }}>{step.note}</div>
              </>
            ),
          }))}
        />
      </div>
    </div>
  );
}
