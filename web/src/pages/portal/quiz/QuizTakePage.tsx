import { Button, Card, Checkbox, Form, Input, Radio, Result, Table, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { portalQuizApi, type HandedIn, type Started } from '../../../api/pufa';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SmsCodeField } from '../../../components/SmsCodeField';
import { useRequest } from '../../../lib/use-request';
import { PortalShell } from '../PortalShell';
import { QuizReview } from './QuizReview';

interface Taker {
  name: string;
  phone: string;
  unit: string;
  code?: string;
}

/**
 * Taking a quiz on a phone: real name, phone and village or unit (and the SMS code when the quiz asks
 * for it), then the questions the server drew, in the order it shuffled them; the score, the rank and
 * each question's explanation with its article after handing in.
 */
export default function QuizTakePage() {
  const { id = '' } = useParams();
  const quiz = useRequest(() => portalQuizApi.quiz(id), [id]);
  const [form] = Form.useForm<Taker>();
  const [started, setStarted] = useState<Started>();
  const [answers, setAnswers] = useState<number[][]>([]);
  const [result, setResult] = useState<HandedIn>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const start = (v: Taker) =>
    run(async () => {
      const s = await portalQuizApi.start(id, v);
      setStarted(s);
      setAnswers(s.questions.map(() => []));
    });
  const submit = () =>
    run(async () => {
      setResult(await portalQuizApi.submit(started!.attemptId, started!.token, answers));
      quiz.reload();
    });
  const q = quiz.data;

  return (
    <PortalShell>
      <Card
        title={q?.title ?? '知识竞赛'}
        variant="borderless"
        loading={quiz.loading}
        className="quiz-card"
      >
        <ErrorAlert error={quiz.error ?? error} />
        {q && !started && (
          <>
            <Typography.Paragraph>{q.intro}</Typography.Paragraph>
            <Typography.Paragraph type="secondary" data-testid="quiz-rules">
              每次 {q.questionCount} 题，满分 {q.fullScore} 分，限时{' '}
              {Math.round(q.timeLimitSeconds / 60)} 分钟，每人每天 {q.attemptsPerDay}{' '}
              次；先比得分，再比用时。已有 {q.participants} 人参加。
            </Typography.Paragraph>
            {q.answeringNow ? (
              <Form form={form} layout="vertical" onFinish={start} requiredMark={false}>
                <Form.Item
                  name="name"
                  label="姓名"
                  rules={[{ required: true, message: '请填写姓名' }]}
                >
                  <Input data-testid="quiz-name" autoComplete="name" />
                </Form.Item>
                <Form.Item
                  name="phone"
                  label="手机号"
                  rules={[
                    { required: true, pattern: /^1[3-9]\d{9}$/, message: '请填写 11 位手机号' },
                  ]}
                >
                  <Input data-testid="quiz-phone" inputMode="numeric" autoComplete="tel" />
                </Form.Item>
                <Form.Item
                  name="unit"
                  label="所在村（社区）或单位"
                  rules={[{ required: true, message: '请填写所在村（社区）或单位' }]}
                >
                  <Input data-testid="quiz-unit" />
                </Form.Item>
                {q.smsRequired && (
                  <SmsCodeField send={(phone) => portalQuizApi.code(id, phone)} testId="quiz" />
                )}
                <Button
                  type="primary"
                  htmlType="submit"
                  block
                  loading={busy}
                  data-testid="quiz-start"
                >
                  开始答题
                </Button>
              </Form>
            ) : (
              <Result status="info" title="当前不在答题时间内" />
            )}
          </>
        )}
        {started && !result && (
          <>
            <Typography.Paragraph type="secondary">
              请在 {new Date(started.deadlineAt).toLocaleTimeString('zh-CN')} 前交卷。
            </Typography.Paragraph>
            {started.questions.map((item, i) => (
              <div key={i} className="quiz-question" data-testid="quiz-question">
                <Typography.Paragraph strong>
                  {i + 1}. [{item.kindLabel}] {item.stem}
                </Typography.Paragraph>
                {item.kind === 'multiple' ? (
                  <Checkbox.Group
                    value={answers[i]}
                    onChange={(v) =>
                      setAnswers((a) => a.map((x, j) => (j === i ? (v as number[]) : x)))
                    }
                    options={item.options.map((label, pos) => ({ label, value: pos }))}
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                  />
                ) : (
                  <Radio.Group
                    value={answers[i]?.[0]}
                    onChange={(e) =>
                      setAnswers((a) => a.map((x, j) => (j === i ? [e.target.value as number] : x)))
                    }
                    options={item.options.map((label, pos) => ({ label, value: pos }))}
                    style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                  />
                )}
              </div>
            ))}
            <Button type="primary" block loading={busy} onClick={submit} data-testid="quiz-submit">
              交卷
            </Button>
          </>
        )}
        {result && started && <QuizReview result={result} questions={started.questions} />}
        {q && q.leaderboard.length > 0 && (
          <Table
            style={{ marginTop: 24 }}
            size="small"
            rowKey="rank"
            pagination={false}
            title={() => '排行榜（前十名）'}
            dataSource={q.leaderboard}
            columns={[
              { title: '名次', dataIndex: 'rank', width: 56 },
              { title: '姓名', dataIndex: 'name' },
              { title: '得分', dataIndex: 'score', width: 64 },
              { title: '用时（秒）', dataIndex: 'durationSeconds', width: 90 },
            ]}
          />
        )}
      </Card>
    </PortalShell>
  );
}
