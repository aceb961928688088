import { Empty } from 'antd';

/** The empty state of a list: says what is missing, in Chinese. */
export function ListEmpty({ text, testId }: { text: string; testId?: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} data-testid={testId} />;
}
