import { Button, Popconfirm, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import type { BlockedStep } from '../api/workflow';
import { ErrorAlert } from './ErrorAlert';
import { StepModal } from './StepModal';
import { WorkflowBlocked } from './WorkflowBlocked';

type Values = Record<string, unknown>;

/**
 * One step of a record's workflow as the page offers it. `show` comes from the detail's `abilities`
 * (the server's transition table), so a button is only there when the step will be accepted. A step
 * either asks a confirmation and calls `run`, asks its `form` in a dialog and calls `run` with the
 * values, or opens a special form of the page's own (`open`, e.g. the reply letter).
 */
export interface WorkflowStep {
  /** The table's action (or the page's key for a non-table step such as 修改). */
  key: string;
  label: string;
  show: boolean;
  testId: string;
  primary?: boolean;
  danger?: boolean;
  /** Confirmation before a step without a form; its description names the article when there is one. */
  confirm?: { title: string; description?: ReactNode };
  /** The step's fields, asked in a dialog titled with the label. */
  form?: ReactNode;
  initialValues?: Values;
  run?: (values: Values) => Promise<unknown>;
  /** A special form the page renders itself. */
  open?: () => void;
}

/**
 * The caller's workflow steps on every record page: the steps the server allows now as buttons, and
 * the steps of theirs a guard refuses now (`blocked[]`) with the reason and the article. A refused
 * call stays on screen with its article (ErrorAlert prints `details.basis`).
 */
export function WorkflowActions({
  steps,
  blocked,
  onDone,
  testId = 'workflow-actions',
  children,
}: {
  steps: WorkflowStep[];
  blocked: BlockedStep[];
  onDone: (label: string, result: unknown) => void;
  testId?: string;
  /** The page's special step forms (opened through `open`). */
  children?: ReactNode;
}) {
  const [formStep, setFormStep] = useState<WorkflowStep | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const visible = steps.filter((s) => s.show);

  const runNow = async (s: WorkflowStep) => {
    setBusy(s.key);
    setError(null);
    try {
      onDone(s.label, await s.run!({}));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const button = (s: WorkflowStep, onClick?: () => void) => (
    <Button
      key={s.key}
      type={s.primary ? 'primary' : 'default'}
      danger={s.danger}
      loading={busy === s.key}
      onClick={onClick}
      data-testid={s.testId}
    >
      {s.label}
    </Button>
  );

  return (
    <div data-testid={testId} style={{ marginBottom: 16 }}>
      <WorkflowBlocked blocked={blocked} />
      <ErrorAlert error={error} />
      <Space wrap>
        {!visible.length && (
          <span style={{ color: '#999' }} data-testid="workflow-none">
            当前没有您可执行的操作
          </span>
        )}
        {visible.map((s) => {
          if (s.open) return button(s, s.open);
          if (s.form !== undefined)
            return button(s, () => {
              setError(null);
              setFormStep(s);
            });
          return (
            <Popconfirm
              key={s.key}
              title={s.confirm?.title ?? `确定${s.label}？`}
              description={s.confirm?.description}
              okText="确定"
              cancelText="取消"
              onConfirm={() => void runNow(s)}
            >
              {button(s)}
            </Popconfirm>
          );
        })}
      </Space>
      <StepModal<Values>
        open={!!formStep}
        title={formStep?.label ?? ''}
        onClose={() => setFormStep(null)}
        onSubmit={async (v) => onDone(formStep!.label, await formStep!.run!(v))}
        initialValues={formStep?.initialValues}
        testId={formStep ? `${formStep.testId}-form` : undefined}
      >
        {formStep?.form}
      </StepModal>
      {children}
    </div>
  );
}
