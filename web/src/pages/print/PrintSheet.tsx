import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import './print.css';

/**
 * One printable A4 sheet (opened in its own tab from a record page): a toolbar that stays off paper,
 * then the document. The print stylesheet drops the toolbar and the grey desk around the sheet.
 */
export function PrintSheet({
  title,
  error,
  onRetry,
  missing,
  children,
}: {
  title: string;
  error: unknown;
  onRetry: () => void;
  /** Why the record has no such document (a wrong link), shown instead of the sheet. */
  missing?: string | null;
  /** The document; null while its record loads. */
  children: ReactNode | null;
}) {
  useEffect(() => {
    document.title = title;
  }, [title]);
  return (
    <div className="print-page">
      <div className="print-toolbar">
        <Button onClick={() => window.close()}>关闭</Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          disabled={!children}
          onClick={() => window.print()}
          data-testid="print-now"
        >
          打印
        </Button>
      </div>
      <article className="print-sheet" data-testid="print-sheet">
        <ErrorAlert error={error} onRetry={onRetry} />
        {missing && <Alert type="warning" showIcon title={missing} />}
        {children ?? (!error && !missing && <Skeleton active />)}
      </article>
    </div>
  );
}

/** Blank lines a person fills in by hand on paper. */
export const BLANK_DATE = '　　　　年　　月　　日';
