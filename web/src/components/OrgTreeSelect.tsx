import { TreeSelect } from 'antd';
import { useMemo, type CSSProperties } from 'react';
import { buildOrgTree, orgsApi, type OrgNode } from '../api/orgs';
import { useRequest } from '../lib/use-request';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

const toOptions = (nodes: OrgNode[]): TreeOption[] =>
  nodes.map((n) => ({
    value: n.id,
    title: n.active ? n.name : `${n.name}（已停用）`,
    disabled: !n.active,
    children: n.children && toOptions(n.children),
  }));

/** Picks an org from the caller's jurisdiction (GET /orgs is already scoped by the server). */
export function OrgTreeSelect(props: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  testId?: string;
}) {
  const { data, loading } = useRequest(() => orgsApi.list(), []);
  const treeData = useMemo(() => toOptions(buildOrgTree(data?.items ?? [])), [data]);
  return (
    <TreeSelect
      value={props.value}
      onChange={(v: string | undefined) => props.onChange?.(v)}
      treeData={treeData}
      loading={loading}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      allowClear={props.allowClear}
      placeholder={props.placeholder ?? '选择机构'}
      style={props.style}
      data-testid={props.testId}
      popupMatchSelectWidth={false}
    />
  );
}
