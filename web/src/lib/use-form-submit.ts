import type { FormInstance } from 'antd';
import { useState } from 'react';

/**
 * The submit cycle dialog forms share: validate, send, keep the server's refusal on screen with nothing
 * typed lost, and only when it succeeded clear the form, close, then hand the answer on (`onDone`).
 */
export function useFormSubmit<V, R = unknown>(form: FormInstance<V>, onClose: () => void, run: (values: V) => Promise<R>, onDone?: (result: R) => void) {
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    setError(null);
    try {
      const result = await run(values);
      close();
      onDone?.(result);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  return { error, saving, close, submit };
}
