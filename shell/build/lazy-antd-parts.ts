// antd components import some parts statically for features the console's pages do not use: a card's tabs
// (`tabList`) and a table column's filter menu (`filters`, `filterDropdown`: the lists filter in their search
// form), which brings antd's Tree and Radio. Each such import is answered with a stand-in that fetches the part
// when one renders (React.lazy): the feature still works, and a card or table without it downloads none of it.
import type { Plugin } from 'vite';

type LazyPart = {
  importer: RegExp;
  source: string;
  target: string;
  /** Named exports the importer also takes from the part, written here so they cost no fetch. */
  named?: string;
};

const lazyParts: LazyPart[] = [
  { importer: /[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../tabs', target: 'antd/es/tabs' },
  {
    importer: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useFilter[\\/]index\.js$/,
    source: './FilterDropdown',
    target: 'antd/es/table/hooks/useFilter/FilterDropdown',
    // The values of a column's filter tree, depth first (what FilterDropdown's own export answers).
    named: `export function flattenKeys(filters) {
  return (filters || []).flatMap(({ value, children }) => (children ? [value, ...flattenKeys(children)] : [value]));
}`,
  },
];

const prefix = '\0lazy-antd-part:';

/** The module standing in for a part: its default export fetched when first rendered, and its named exports. */
const standIn = (part: LazyPart) => `import { createElement, lazy, Suspense } from 'react';
const Part = lazy(() => import(${JSON.stringify(part.target)}));
export default function LazyPart(props) {
  return createElement(Suspense, { fallback: null }, createElement(Part, props));
}
${part.named ?? ''}
`;

export function lazyAntdParts(): Plugin {
  return {
    name: 'strata:lazy-antd-parts',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (!importer) return null;
      const index = lazyParts.findIndex((p) => p.source === source && p.importer.test(importer));
      return index === -1 ? null : `${prefix}${index}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const part = lazyParts[Number(id.slice(prefix.length))];
      return part ? standIn(part) : null;
    },
  };
}
