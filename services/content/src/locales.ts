// The content team's words on the server: its roles, audit actions, audited objects and their fields as the
// console labels them, and the messages of the errors it throws (namespace `errors`, under `content.`).
import { teamMessage } from '@strata/api';

export const contentLabels = {
  'zh-CN': {
    role: { content_editor: '内容编辑', reviewer: '审核员' },
    auditAction: {
      'column.create': '新建栏目',
      'column.update': '修改栏目',
      'column.reorder': '调整栏目顺序',
      'column.delete': '删除栏目',
      'article.create': '新建文章',
      'article.update': '修改文章',
      'article.delete': '删除文章',
      'article.withdraw': '撤回文章',
      'article.recycle': '文章移入回收站',
      'article.restore': '从回收站恢复文章',
      'article.purge': '彻底删除文章',
      'article.purgeExpired': '清除回收站中过期的文章',
      'article.review': '审核文章',
      'article.revert': '恢复文章的旧版本',
    },
    auditEntity: { Article: '文章', Column: '栏目' },
    auditField: {
      title: '标题',
      status: '状态',
      columnId: '栏目',
      columnName: '栏目名称',
      authorName: '作者',
      summary: '摘要',
      body: '正文',
      publishedAt: '发布时间',
      deletedAt: '删除时间',
      cadence: '更新频率',
      hidden: '隐藏',
      key: '默认栏目',
      byline: '作者署名',
      source: '来源',
      publishAt: '定时上线',
      unpublishAt: '定时下线',
      decision: '审核结果',
      comment: '审核意见',
      revision: '版本',
    },
  },
  'en-US': {
    role: { content_editor: 'Content editor', reviewer: 'Reviewer' },
    auditAction: {
      'column.create': 'Created column',
      'column.update': 'Updated column',
      'column.reorder': 'Reordered columns',
      'column.delete': 'Deleted column',
      'article.create': 'Created article',
      'article.update': 'Updated article',
      'article.delete': 'Deleted article',
      'article.withdraw': 'Withdrew article',
      'article.recycle': 'Moved article to the recycle bin',
      'article.restore': 'Restored article from the recycle bin',
      'article.purge': 'Purged article',
      'article.purgeExpired': 'Purged expired articles from the recycle bin',
      'article.review': 'Reviewed article',
      'article.revert': 'Restored an earlier revision of an article',
    },
    auditEntity: { Article: 'Article', Column: 'Column' },
    auditField: {
      title: 'Title',
      status: 'Status',
      columnId: 'Column',
      columnName: 'Column name',
      authorName: 'Author',
      summary: 'Summary',
      body: 'Body',
      publishedAt: 'Published at',
      deletedAt: 'Deleted at',
      cadence: 'Update cadence',
      hidden: 'Hidden',
      key: 'Default column',
      byline: 'Byline',
      source: 'Source',
      publishAt: 'On the site from',
      unpublishAt: 'On the site until',
      decision: 'Decision',
      comment: 'Review comment',
      revision: 'Revision',
    },
  },
};

const zhCN = {
  columnNameTaken: '本单位已有同名栏目',
  reviewRequired: '已发布或曾经公开的内容须由审核员处理',
  notPublished: '只有已发布的文章可以撤回',
  columnNotEmpty: '栏目中还有 {{count}} 篇文章（含回收站中的），不能删除；要让它不在网站上显示，请隐藏栏目',
  restoreExpired: '回收站只保留 {{days}} 天，这篇文章已超过期限，不能再恢复，只能由管理员彻底删除',
  notInReview: '只有待审核的文章可以审核',
  returnNeedsComment: '退回时请写明原因，作者会看到',
  windowOrder: '下线时间须晚于上线时间',
  revisionNotFound: '没有这个版本',
};

export const contentMessages = {
  'zh-CN': zhCN,
  'en-US': {
    columnNameTaken: 'This unit already has a column with that name',
    reviewRequired: 'Published content, or content that was ever public, is for a reviewer to change',
    notPublished: 'Only a published article can be withdrawn',
    columnNotEmpty:
      'This column still holds {{count}} articles (the recycle bin’s included), so it cannot be deleted; hide it to take it off the website',
    restoreExpired:
      'The recycle bin keeps articles for {{days}} days; this one is past that and can no longer be restored, only purged by an admin',
    notInReview: 'Only an article in review can be reviewed',
    returnNeedsComment: 'Say why it is returned: the author will see it',
    windowOrder: 'The end of the window must come after its start',
    revisionNotFound: 'There is no such revision',
  } satisfies Record<keyof typeof zhCN, string>,
};

/** A content error key as AppError takes it: `content.<key>`. */
export const contentMessage = teamMessage('content', zhCN);
