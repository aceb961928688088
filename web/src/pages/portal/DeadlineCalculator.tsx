import type { DayUnit } from '@fazhi/shared';
import { Button, Card, Form, Input, InputNumber, Radio } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { calendarApi, type DeadlineAnswer } from '../../api/calendar';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayInShanghai } from '../../lib/format';

// The result (descriptions, step list) loads with the first answer, keeping the portal's first screen light.
const DeadlineResultView = lazy(() => import('./DeadlineResultView'));

interface Values {
  from: string;
  days: number;
  unit: DayUnit;
}

/** 期限计算器: the statutory clock the platform itself uses, open to the public. */
export function DeadlineCalculator() {
  const [result, setResult] = useState<DeadlineAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const submit = async (v: Values) => {
    setLoading(true);
    setError(null);
    try {
      setResult(await calendarApi.deadline(v.from, v.days, v.unit));
    } catch (e) {
      setResult(null);
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Card title="期限计算器" variant="borderless" data-testid="deadline-calculator">
      <Form<Values>
        layout="inline"
        initialValues={{ from: todayInShanghai(), days: 20, unit: 'working' }}
        onFinish={(v) => void submit(v)}
        style={{ rowGap: 12, marginBottom: 16 }}
      >
        <Form.Item
          label="起算日"
          name="from"
          rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请选择起算日' }]}
        >
          <Input type="date" max="2100-12-31" data-testid="deadline-from" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="期限" name="days" rules={[{ required: true, message: '请输入天数' }]}>
          <InputNumber
            min={1}
            max={3650}
            precision={0}
            suffix="日"
            data-testid="deadline-days"
            style={{ width: 110 }}
          />
        </Form.Item>
        <Form.Item name="unit">
          <Radio.Group
            data-testid="deadline-unit"
            optionType="button"
            options={[
              { value: 'working', label: <span data-testid="deadline-unit-working">工作日</span> },
              {
                value: 'calendar',
                label: <span data-testid="deadline-unit-calendar">自然日</span>,
              },
            ]}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={loading} data-testid="deadline-submit">
            计算届满日
          </Button>
        </Form.Item>
      </Form>
      <ErrorAlert error={error} />
      {result && (
        <Suspense fallback={null}>
          <DeadlineResultView result={result} />
        </Suspense>
      )}
      {!result && !error && (
        <p style={{ color: '#888', margin: 0 }}>
          起算日不计入（《民法典》第二百零一条），期间最后一日是法定休假日的，顺延至休假日结束的次日（《民法典》第二百零三条）。
        </p>
      )}
    </Card>
  );
}
