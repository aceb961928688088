import { Typography } from 'antd';
import type { Hit } from '../../../api/review';

const COLORS: Record<Hit['severity'], string> = {
  high: '#ffccc7',
  medium: '#ffe7ba',
  low: '#fff1b8',
};

/** The text with each pre-review hit's clause highlighted; clicking a highlight selects the hit. */
export function TextWithHits({
  text,
  hits,
  selected,
  onSelect,
}: {
  text: string;
  hits: Hit[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const marked = hits.filter((h) => h.end > h.start && h.decision !== 'dismissed');
  const cuts = [...new Set([0, text.length, ...marked.flatMap((h) => [h.start, h.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const parts = cuts.slice(0, -1).map((from, i) => {
    const to = cuts[i + 1]!;
    const over = marked.filter((h) => h.start <= from && h.end >= to);
    const top =
      over.find((h) => h.id === selected) ??
      over.sort((a, b) => (a.severity === 'high' ? -1 : b.severity === 'high' ? 1 : 0))[0];
    const chunk = text.slice(from, to);
    if (!top) return <span key={from}>{chunk}</span>;
    return (
      <mark
        key={from}
        onClick={() => onSelect(top.id)}
        title={over.map((h) => `${h.ruleId} ${h.title}`).join('；')}
        data-testid={`hit-mark-${top.ruleId}`}
        style={{
          background: COLORS[top.severity],
          outline: top.id === selected ? '2px solid #1677ff' : undefined,
          cursor: 'pointer',
          padding: 0,
        }}
      >
        {chunk}
      </mark>
    );
  });
  return (
    <Typography.Paragraph
      style={{
        whiteSpace: 'pre-wrap',
        fontFamily: 'FangSong, STFangsong, serif',
        fontSize: 15,
        lineHeight: 1.9,
        maxHeight: 640,
        overflow: 'auto',
      }}
      data-testid="review-text"
    >
      {text ? parts : <Typography.Text type="secondary">（尚无送审稿全文）</Typography.Text>}
    </Typography.Paragraph>
  );
}
