import type { PageMessages } from '../common/page-messages';

// The words of this page alone (see usePageMessages): under `words` in the `content` namespace.
const zhCN = {
  title: '敏感词',
  intro:
    '本单位的敏感词对本单位及所有下级单位的文章生效，上级单位的词在这里同样适用，只能由添加它的单位删除。“禁止”级的词会阻止文章提交审核和发布；“提示”级的词会提示审核员留意。',
  word: '词',
  wordRequired: '请输入词',
  levelLabel: '级别',
  level: { block: '禁止', warn: '提示' },
  unit: '所属单位',
  inheritedFrom: '{{unit}}（上级）',
  actions: '操作',
  add: '添加',
  added: '已添加',
  removed: '已删除',
  removeTitle: '删除敏感词“{{word}}”？',
  empty: '本单位及上级都还没有敏感词',
};

export const wordsMessages: PageMessages<typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    title: 'Sensitive words',
    intro:
      "A unit's words apply to its articles and to every unit below it; words of the units above apply here too and only the unit that added one removes it. 'Block' words stop an article from being submitted or published; 'warn' words are pointed out to its reviewer.",
    word: 'Word',
    wordRequired: 'Enter a word',
    levelLabel: 'Level',
    level: { block: 'Block', warn: 'Warn' },
    unit: 'Listed by',
    inheritedFrom: '{{unit}} (above)',
    actions: 'Actions',
    add: 'Add',
    added: 'Added',
    removed: 'Removed',
    removeTitle: 'Remove the word "{{word}}"?',
    empty: 'Neither this unit nor those above list any words yet',
  },
};
