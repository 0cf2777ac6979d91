import type { PageMessages } from '../common/page-messages';

// The words of this page alone (see usePageMessages): under `history` in the `content` namespace.
const zhCN = {
  open: '历史版本',
  title: '历史版本：{{title}}',
  intro:
    '每次保存正文、标题、摘要、署名、来源或栏目都会留下一个版本。勾选两个版本进行对比；恢复旧版本会作为一次新的保存。',
  empty: '还没有保存过的版本',
  number: '版本',
  titleCol: '标题',
  editor: '保存人',
  savedAt: '保存时间',
  note: '说明',
  restoredFrom: '恢复自 #{{number}}',
  choose: '选择版本 #{{number}} 对比',
  pickTwo: '勾选两个版本进行对比',
  comparing: '版本 #{{from}} 与 #{{to}} 的差异',
  revision: '版本 #{{number}}',
  noChanges: '这两个版本内容相同',
  noLine: '此处无内容',
  removed: '删除的文字',
  added: '新增的文字',
  restore: '恢复',
  restoreTitle: '恢复到版本 #{{number}}？',
  restoreConfirm: '当前内容会保留为一个历史版本；已发布的文章由编辑恢复后需重新审核。',
  restored: '已恢复为新版本',
  fields: { title: '标题', summary: '摘要', byline: '作者署名', source: '来源', column: '栏目', body: '正文' },
};

export const historyMessages: PageMessages<typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    open: 'History',
    title: 'History: {{title}}',
    intro:
      'Every save of the body, title, summary, byline, source or column keeps a revision. Tick two to compare them; restoring an old one is a new save.',
    empty: 'No saved revisions yet',
    number: 'Revision',
    titleCol: 'Title',
    editor: 'Saved by',
    savedAt: 'Saved at',
    note: 'Note',
    restoredFrom: 'Restored from #{{number}}',
    choose: 'Compare revision #{{number}}',
    pickTwo: 'Tick two revisions to compare',
    comparing: 'Revision #{{from}} against #{{to}}',
    revision: 'Revision #{{number}}',
    noChanges: 'The two revisions say the same',
    noLine: 'Nothing here',
    removed: 'Removed text',
    added: 'Added text',
    restore: 'Restore',
    restoreTitle: 'Restore revision #{{number}}?',
    restoreConfirm:
      'The current text stays in the history; a published article restored by an editor goes back to review.',
    restored: 'Restored as a new revision',
    fields: { title: 'Title', summary: 'Summary', byline: 'Byline', source: 'Source', column: 'Column', body: 'Body' },
  },
};
