import { v7 } from 'uuid';

/** A new sortable id (UUID v7): creation order is id order, which keeps inserts index-friendly. */
export const newId = (): string => v7();

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isId = (v: string): boolean => UUID_RE.test(v);
