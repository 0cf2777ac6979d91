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

const lazyParts: LazyPart[] = [
  { importer: /[\\/]antd[\\/]es[\\/]card[\\/]Card\.js$/, source: '../tabs', target: 'antd/es/tabs' },
  // antd App's message, notification and modal hooks: stand-ins that fetch the real ones on the first toast
  // or confirm dialog.
  {
    importer: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    source: '../message/useMessage',
    replaceWith: 'src/app/feedback/use-message.ts',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    source: '../notification/useNotification',
    replaceWith: 'src/app/feedback/use-notification.ts',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]app[\\/]App\.js$/,
    source: '../modal/useModal',
    replaceWith: 'src/app/feedback/use-modal.ts',
  },
  // Input's one-time-code and search boxes (`Input.OTP`, `Input.Search`): no page draws either.
  { importer: /[\\/]antd[\\/]es[\\/]input[\\/]index\.js$/, source: './OTP', target: 'antd/es/input/OTP' },
  { importer: /[\\/]antd[\\/]es[\\/]input[\\/]index\.js$/, source: './Search', target: 'antd/es/input/Search' },
  // Components' variants no page draws: checkable tags, a dropdown button, a statistic's timer, and the
  // skeleton's button, image, input and node placeholders (a skeleton draws its title and paragraph).
  {
    importer: /[\\/]antd[\\/]es[\\/]tag[\\/]index\.js$/,
    source: './CheckableTag',
    target: 'antd/es/tag/CheckableTag',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]tag[\\/]index\.js$/,
    source: './CheckableTagGroup',
    target: 'antd/es/tag/CheckableTagGroup',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]dropdown[\\/]index\.js$/,
    source: './dropdown-button',
    target: 'antd/es/dropdown/dropdown-button',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]statistic[\\/]index\.js$/,
    source: './Timer',
    target: 'antd/es/statistic/Timer',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]statistic[\\/]index\.js$/,
    source: './Countdown',
    target: 'antd/es/statistic/Countdown',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]skeleton[\\/]Skeleton\.js$/,
    source: './Button',
    target: 'antd/es/skeleton/Button',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]skeleton[\\/]Skeleton\.js$/,
    source: './Image',
    target: 'antd/es/skeleton/Image',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]skeleton[\\/]Skeleton\.js$/,
    source: './Input',
    target: 'antd/es/skeleton/Input',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]skeleton[\\/]Skeleton\.js$/,
    source: './Node',
    target: 'antd/es/skeleton/Node',
  },
  // Groups no page draws (`Input.Group`, `Checkbox.Group`) and the tooltip's static panel (antd's own docs use it).
  {
    importer: /[\\/]antd[\\/]es[\\/]input[\\/]index\.js$/,
    source: './Group',
    target: 'antd/es/input/Group',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]checkbox[\\/]index\.js$/,
    source: './Group',
    target: 'antd/es/checkbox/Group',
  },
  {
    importer: /[\\/]antd[\\/]es[\\/]tooltip[\\/]index\.js$/,
    source: './PurePanel',
    target: 'antd/es/tooltip/PurePanel',
  },
  // A table's radio selection (`rowSelection.type: 'radio'`; the lists select with checkboxes).
  {
    importer: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    source: '../../radio',
    target: 'antd/es/radio',
  },
  // The selection's tree helpers from their own files: rc-tree's index also brings its Tree component.
  {
    importer: /[\\/]antd[\\/]es[\\/]table[\\/]hooks[\\/]useSelection\.js$/,
    source: '@rc-component/tree',
    named: `export { arrAdd, arrDel } from '@rc-component/tree/es/util';
export { conductCheck } from '@rc-component/tree/es/utils/conductUtil';
export { convertDataToEntities } from '@rc-component/tree/es/utils/treeUtil';`,
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
