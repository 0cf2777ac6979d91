import { Select, type TreeSelectProps } from 'antd';
import { type ComponentType, lazy, type ReactNode, Suspense, useState } from 'react';

// antd's TreeSelect, with the tree it draws (rc-tree), is fetched when someone opens a picker (or a pointer
// rests on one): until then a closed Select showing the chosen node's title looks the same.
const loadTreeSelect = () => import('antd/es/tree-select');
// The tree picker typed for numeric values (lazy() drops the component's type parameters).
const TreeSelect = lazy(loadTreeSelect) as unknown as ComponentType<TreeSelectProps<number>>;

type Props = Omit<TreeSelectProps<number>, 'onChange'> & { onChange?: (value: number | undefined) => void };
type Node = { value?: unknown; title?: ReactNode; children?: Node[] };

function titleOf(nodes: readonly Node[] | undefined, value: unknown): ReactNode {
  for (const node of nodes ?? []) {
    if (node.value === value) return node.title;
    const inside = titleOf(node.children, value);
    if (inside !== undefined) return inside;
  }
  return undefined;
}

/**
 * A TreeSelect (same props) whose tree loads on first use. A click opens it as soon as it has loaded (the
 * closed picker shows antd's loading mark meanwhile); keyboard focus hands the focus on without opening it.
 */
export function TreeSelectOnDemand(props: Props) {
  const [started, setStarted] = useState<'click' | 'focus'>();
  const { id, value, placeholder, style, allowClear, disabled, onChange } = props;
  const rest = props as { 'aria-label'?: string; 'data-testid'?: string };
  const title = value === undefined || value === null ? undefined : titleOf(props.treeData as Node[], value);
  const closed = (loading: boolean) => (
    <Select<number>
      id={id}
      aria-label={rest['aria-label']}
      data-testid={rest['data-testid']}
      style={style}
      placeholder={placeholder}
      disabled={disabled}
      allowClear={allowClear}
      loading={loading || props.loading}
      open={false}
      value={title === undefined ? undefined : value}
      options={title === undefined ? [] : [{ value: value, label: title }]}
      onMouseEnter={() => void loadTreeSelect()}
      onMouseDown={() => setStarted('click')}
      onFocus={() => setStarted((how) => how ?? 'focus')}
      onClear={() => onChange?.(undefined)}
    />
  );
  if (!started) return closed(false);
  return (
    <Suspense fallback={closed(true)}>
      <TreeSelect {...props} autoFocus defaultOpen={started === 'click'} />
    </Suspense>
  );
}
