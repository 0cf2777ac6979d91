import type { PageMessages } from '../common/page-messages';

// The words of this page alone (see usePageMessages): under `review` in the `content` namespace.
const zhCN = {
  waiting: '这篇文章在等待审核',
  approve: '通过并发布',
  approveTitle: '通过审核并发布？',
  approveConfirm: '通过后文章立即发布（设置了定时上线的，到时上线）。',
  approved: '已通过，文章已发布',
  return: '退回修改',
  returnTitle: '退回给作者修改',
  comment: '退回原因',
  commentRequired: '请写明退回原因，作者会看到',
  commentLength: '退回原因为 2 至 {{max}} 个字符',
  returned: '已退回给作者',
  returnedBy: '{{name}} 于 {{at}} 退回了这篇文章',
  wordHits: '文中有 {{count}} 处需要留意的词',
};

export const reviewMessages: PageMessages<typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    waiting: 'This article is waiting for review',
    approve: 'Approve and publish',
    approveTitle: 'Approve and publish?',
    approveConfirm: 'It is published at once (or when its scheduled start comes).',
    approved: 'Approved: the article is published',
    return: 'Return for changes',
    returnTitle: 'Return to the author for changes',
    comment: 'Why it is returned',
    commentRequired: 'Say why it is returned: the author will see it',
    commentLength: 'Between 2 and {{max}} characters',
    returned: 'Returned to the author',
    returnedBy: '{{name}} returned this article on {{at}}',
    wordHits: '{{count}} words in this text are worth a second look',
  },
};
