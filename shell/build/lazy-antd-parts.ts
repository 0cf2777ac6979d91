// antd components import some parts statically for features the console's first pages do not use: a card's
// tabs (`tabList`), a table column's filter menu (`filters`, `filterDropdown`: the lists filter in their search
// form, and the menu brings antd's Tree), a table's radio selection, typography's editing box and copy button.
// Each such import is answered with a stand-in that fetches the part when one renders (React.lazy, nothing
// drawn for that moment): the feature still works, and a card, table or text without it downloads none of it.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

type LazyPart = {
  importer: RegExp;
  source: string;
  /** The part fetched when its default export first renders; none when the importer takes only `named`. */
  target?: string;
  /** Named exports the importer also takes from the part, written here so they cost no fetch. */
  named?: string;
  /** A module of the shell's own that takes the part's place (path from shell/). */
  replaceWith?: string;
};

/** `antd/es/<component>/<file>.js` takes each `./<part>` (a component) only for a variant no page draws. */
const variantsDrawnNowhere = (component: string, file: string, parts: string[]): LazyPart[] =>
  parts.map((part) => ({
    importer: new RegExp(`[\\\\/]antd[\\\\/]es[\\\\/]${component}[\\\\/]${file}\\.js$`),
    source: `./${part}`,
    target: `antd/es/${component}/${part}`,
  }));

const lazyParts: LazyPart[] = [
  { importer: /[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../tabs', target: 'antd/es/tabs' },
  // antd App's message, notification and modal hooks: stand-ins that fetch the real ones on the first toast
  // or confirm dialog.
  ...[
    ['../message/useMessage', 'use-message'],
    ['../notification/useNotification', 'use-notification'],
    ['../modal/useModal', 'use-modal'],
  ].map(([source, file]) => ({
    importer: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    source: source as string,
    replaceWith: `src/app/feedback/${file}.ts`,
  })),
  // Form's scroll to a field (no form here asks for it): a stand-in that fetches scroll-into-view-if-needed.
  {
    importer: /[\\/]antd[\\/]es[\\/]form[\\/]hooks[\\/]useForm\.js$/,
    source: 'scroll-into-view-if-needed',
    replaceWith: 'src/app/scroll-into-view-on-demand.ts',
  },
  // Variants no page draws, fetched should one be: Input's one-time-code box, search box and group, checkable
  // tags, a dropdown button, a statistic's timer and countdown, Checkbox.Group, the tooltip's static panel, and
  // the skeleton's button, image, input and node placeholders (a skeleton draws its title and paragraph).
  ...variantsDrawnNowhere('input', 'index', ['OTP', 'Search', 'Group']),
  ...variantsDrawnNowhere('tag', 'index', ['CheckableTag', 'CheckableTagGroup']),
  ...variantsDrawnNowhere('dropdown', 'index', ['dropdown-button']),
  ...variantsDrawnNowhere('statistic', 'index', ['Timer', 'Countdown']),
  ...variantsDrawnNowhere('checkbox', 'index', ['Group']),
  ...variantsDrawnNowhere('tooltip', 'index', ['PurePanel']),
  ...variantsDrawnNowhere('skeleton', 'Skeleton', ['Button', 'Image', 'Input', 'Node']),
  // A table's radio selection (`rowSelection.type: 'radio'`; the lists select with checkboxes).
  {
    importer: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    source: '../../radio',
    target: 'antd/es/radio',
  },
  // The selection's tree helpers. The list helpers are a line each; the two that conduct a check through a tree of
  // rows run only for `rowSelection.checkStrictly: false`, which no table sets (src/app/tree-selection.test.ts keeps
  // it so): they say so if one ever does, and rc-tree (its utilities, TreeNode, Tree) stays out of the console.
  {
    importer: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    source: '@rc-component/tree',
    named: `export function arrDel(list, value) {
  const at = (list || []).indexOf(value);
  return (list || []).filter((_, i) => i !== at);
}
export const arrAdd = (list, value) => ((list || []).includes(value) ? (list || []).slice() : [...(list || []), value]);
function treeSelection() {
  throw new Error('rowSelection.checkStrictly: false is not provided (shell/build/lazy-antd-parts.ts)');
}
export const conductCheck = treeSelection;
export const convertDataToEntities = treeSelection;`,
  },
  // Typography's editing box and copy button (`editable`, `copyable`), drawn when a text offers them.
  {
    importer: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    source: '../Editable',
    target: 'antd/es/typography/Editable',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]typography[\\/]Base[\\/]index\.js$/,
    source: './CopyBtn',
    target: 'antd/es/typography/Base/CopyBtn',
  },
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
const standIn = (part: LazyPart) => `${part.target ? lazyDefault(part.target) : ''}${part.named ?? ''}\n`;

const lazyDefault = (target: string) => `import { createElement, lazy, Suspense } from 'react';
const Part = lazy(() => import(${JSON.stringify(target)}));
export default function LazyPart(props) {
  return createElement(Suspense, { fallback: null }, createElement(Part, props));
}
`;

export function lazyAntdParts(): Plugin {
  return {
    name: 'strata:lazy-antd-parts',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (!importer) return null;
      const index = lazyParts.findIndex((p) => p.source === source && p.importer.test(importer));
      const part = lazyParts[index];
      if (!part) return null;
      return part.replaceWith ? resolve(import.meta.dirname, '..', part.replaceWith) : `${prefix}${index}`;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const part = lazyParts[Number(id.slice(prefix.length))];
      return part ? standIn(part) : null;
    },
  };
}
