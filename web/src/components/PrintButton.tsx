import { PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';

export interface PrintChoice {
  key: string;
  label: string;
  /** The print view (`/print/...`), opened in its own tab. */
  href: string;
}

/** 打印: the record's print views (回执, 送达回证, 摘要), each opened as an A4 sheet in a new tab. */
export function PrintButton({ choices, testId }: { choices: PrintChoice[]; testId: string }) {
  const open = (href: string) => window.open(href, '_blank');
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: choices.map((c) => ({
          key: c.key,
          label: <span data-testid={`${testId}-${c.key}`}>{c.label}</span>,
        })),
        onClick: ({ key }) => {
          const c = choices.find((x) => x.key === key);
          if (c) open(c.href);
        },
      }}
    >
      <Button icon={<PrinterOutlined />} data-testid={testId}>
        打印
      </Button>
    </Dropdown>
  );
}
