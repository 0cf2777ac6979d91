// The content team's words on the server: its roles and audit actions as the console labels them, and the
// messages of the errors it throws (namespace `errors`, under `content.`).
import { teamMessage } from '@strata/api';

export const contentLabels = {
  'zh-CN': {
    role: { content_editor: '内容编辑', reviewer: '审核员' },
    auditAction: {
      'column.create': '新建栏目',
      'column.update': '修改栏目',
      'column.reorder': '调整栏目顺序',
      'article.create': '新建文章',
      'article.update': '修改文章',
      'article.delete': '删除文章',
    },
  },
  'en-US': {
    role: { content_editor: 'Content editor', reviewer: 'Reviewer' },
    auditAction: {
      'column.create': 'Created column',
      'column.update': 'Updated column',
      'column.reorder': 'Reordered columns',
      'article.create': 'Created article',
      'article.update': 'Updated article',
      'article.delete': 'Deleted article',
    },
  },
};

const zhCN = {
  columnNameTaken: '本单位已有同名栏目',
  reviewRequired: '已发布或已归档的内容须由审核员处理',
};

export const contentMessages = {
  'zh-CN': zhCN,
  'en-US': {
    columnNameTaken: 'This unit already has a column with that name',
    reviewRequired: 'Published or archived content is for a reviewer to change',
  } satisfies Record<keyof typeof zhCN, string>,
};

/** A content error key as AppError takes it: `content.<key>`. */
export const contentMessage = teamMessage('content', zhCN);
