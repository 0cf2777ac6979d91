import type { PageMessages } from '../common/page-messages';

// The article form's words (see usePageMessages): under `articles.form` in the `content` namespace.
const zhCN = {
  form: {
    column: '栏目',
    columnRequired: '请选择栏目',
    titleLabel: '标题',
    titleRequired: '请输入标题',
    titleLength: '标题长度为 {{min}} 至 {{max}} 个字符',
    summary: '摘要',
    summaryLength: '摘要不超过 {{max}} 个字符',
    body: '正文',
    bodyRequired: '请输入正文',
    status: '状态',
    created: '文章已创建',
    checkFields: '请检查标记的字段',
    byline: '作者署名',
    source: '来源',
    publishAt: '定时上线',
    unpublishAt: '定时下线',
    windowHint: '按北京时间；留空表示发布后立即上线、一直保留',
    windowOrder: '下线时间须晚于上线时间',
  },
};

export const articleFormMessages: PageMessages<typeof zhCN> = {
  'zh-CN': zhCN,
  'en-US': {
    form: {
      column: 'Column',
      columnRequired: 'Choose a column',
      titleLabel: 'Title',
      titleRequired: 'Enter a title',
      titleLength: 'The title must be {{min}} to {{max}} characters long',
      summary: 'Summary',
      summaryLength: 'The summary may have at most {{max}} characters',
      body: 'Body',
      bodyRequired: 'Enter the body text',
      status: 'Status',
      created: 'Article created',
      checkFields: 'Check the marked fields',
      byline: 'Byline',
      source: 'Source',
      publishAt: 'On the site from',
      unpublishAt: 'On the site until',
      windowHint: 'Beijing time; leave empty to show it as soon as it is published, and keep it',
      windowOrder: 'The end must come after the start',
    },
  },
};
