import { v7 } from 'uuid';

/** A new sortable id (UUID v7): creation order is id order, which keeps inserts index-friendly. */
export const newId = (): string => v7();
