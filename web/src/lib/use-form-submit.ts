import type { FormInstance } from 'antd';
import { useState } from 'react';

/**
 * The submit cycle dialog forms share: validate, send, keep the server's refusal on screen with nothing
 * typed lost, and only when it succeeded clear the form, close, then hand the answer on (`onDone`).
 */
export function useFormSubmit<V, R = unknown>(
  form: FormInstance<V>,
  onClose: () => void,
  run: (values: V) => Promise<R>,
  onDone?: (result: R) => void,
) {
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const close = () => {
    form.resetFields();
    setError(null);
    onClose();
  };
  const submit = async () => {
    const values = await validated(form);
    if (values === null) return; // the form shows what is missing beside each field
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

/** True for the rejection of antd's `validateFields()`: the fields already show their messages. */
export const isValidationFailure = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  Array.isArray((e as { errorFields?: unknown }).errorFields);

/** The form's values once every rule passes, or null when some field is wrong (shown on the form). */
async function validated<V>(form: FormInstance<V>): Promise<V | null> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (isValidationFailure(e)) return null;
    throw e;
  }
}
