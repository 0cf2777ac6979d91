import type { PageMessages } from '../common/page-messages';

// The words of the links section of the columns page (see usePageMessages): under `siteLinks` in `content`.
const zhCN = {
  title: '相关链接',
  hint: '显示在本单位网站的“相关链接”页，只能填写 http 或 https 网址。',
  empty: '尚未添加相关链接',
  label: '名称',
  url: '网址',
  labelRequired: '请输入链接名称',
  labelLength: '名称最多 {{max}} 个字符',
  urlInvalid: '请输入以 http:// 或 https:// 开头的网址',
  add: '添加链接',
  added: '链接已添加',
  removed: '链接已删除',
  reordered: '链接顺序已调整',
  removeTitle: '删除链接“{{label}}”？',
  moveUp: '上移',
  moveDown: '下移',
  actions: '操作',
};

export const siteLinksMessages: PageMessages<typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    title: 'Related links',
    hint: 'Shown on the unit’s site under “Related links”; http and https addresses only.',
    empty: 'No related links yet',
    label: 'Label',
    url: 'Address',
    labelRequired: 'Enter a label',
    labelLength: 'A label has at most {{max}} characters',
    urlInvalid: 'Enter an address starting with http:// or https://',
    add: 'Add link',
    added: 'Link added',
    removed: 'Link removed',
    reordered: 'Link order saved',
    removeTitle: 'Remove the link “{{label}}”?',
    moveUp: 'Move up',
    moveDown: 'Move down',
    actions: 'Actions',
  },
};
