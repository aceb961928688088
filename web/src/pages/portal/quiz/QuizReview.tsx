import { List, Result, Tag, Typography } from 'antd';
import type { HandedIn, ShownQuestion } from '../../../api/pufa';

const letters = (positions: number[]) => positions.map((p) => String.fromCharCode(65 + p)).join('');

/** The hand-in's score and rank, then each question with the right answer, the explanation and its article. */
export function QuizReview({
  result,
  questions,
}: {
  result: HandedIn;
  questions: ShownQuestion[];
}) {
  return (
    <>
      <Result
        status="success"
        title={<span data-testid="quiz-score">{`${result.score} 分`}</span>}
        subTitle={`答对 ${result.correctCount}/${result.questionCount} 题，用时 ${result.durationSeconds} 秒${result.rank ? `，当前排名第 ${result.rank} 名` : ''}`}
      />
      <List
        dataSource={result.review}
        renderItem={(r, i) => (
          <List.Item>
            <div>
              <Typography.Paragraph strong>
                {i + 1}. {r.stem}{' '}
                {r.right ? <Tag color="green">答对</Tag> : <Tag color="red">答错</Tag>}
              </Typography.Paragraph>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                正确答案：{letters(r.rightPositions)}（
                {r.rightPositions.map((p) => questions[i]?.options[p]).join('；')}）
              </Typography.Paragraph>
              <Typography.Paragraph style={{ marginBottom: 0 }}>
                {r.explanation}（依据{r.basis}）
              </Typography.Paragraph>
            </div>
          </List.Item>
        )}
      />
    </>
  );
}
