import { Table, type TableProps } from 'antd';
import { ListEmpty } from './ListEmpty';

export interface Paging {
  page: number;
  pageSize: number;
}

type Props<T> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onRow' | 'locale'> & {
  /** One page of the list as the API returns it. */
  data?: { items: T[]; total: number };
  paging: Paging;
  onPaging: (p: Paging) => void;
  /** What the empty state says, e.g. 暂无隐患. */
  emptyText: string;
  /** Opens a record when its row is clicked. */
  onOpen?: (row: T) => void;
};

/** A server-paged list of records: small rows, the empty state in Chinese, a row opens its record. */
export function PagedTable<T extends object>({
  data,
  paging,
  onPaging,
  emptyText,
  onOpen,
  ...table
}: Props<T>) {
  return (
    <Table<T>
      size="small"
      {...table}
      dataSource={data?.items ?? []}
      locale={{ emptyText: <ListEmpty text={emptyText} /> }}
      onRow={onOpen && ((r) => ({ onClick: () => onOpen(r), style: { cursor: 'pointer' } }))}
      pagination={{
        current: paging.page,
        pageSize: paging.pageSize,
        total: data?.total ?? 0,
        onChange: (page, pageSize) => onPaging({ page, pageSize }),
      }}
    />
  );
}
