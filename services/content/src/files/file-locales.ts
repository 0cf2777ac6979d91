// The files' words in the content team's registration (locales.ts adds them): audit actions and fields, and the
// message of a removal refused because the file is in use. An upload's own refusals are @strata/files' words.

export const fileLabels = {
  'zh-CN': {
    auditAction: { 'file.upload': '上传文件', 'file.remove': '删除文件' },
    auditEntity: { File: '文件' },
    auditField: {
      mime: '文件格式',
      size: '大小（字节）',
      width: '宽度（像素）',
      height: '高度（像素）',
      sha256: '内容摘要（SHA-256）',
    },
  },
  'en-US': {
    auditAction: { 'file.upload': 'Uploaded a file', 'file.remove': 'Removed a file' },
    auditEntity: { File: 'File' },
    auditField: {
      mime: 'File type',
      size: 'Size (bytes)',
      width: 'Width (pixels)',
      height: 'Height (pixels)',
      sha256: 'Content digest (SHA-256)',
    },
  },
};

const zhCN = {
  fileInUse: '这个文件仍在使用中（{{articles}} 篇文章、{{documents}} 份文档，含回收站中的），不能删除；请先从中移除它',
};

export const fileMessages = {
  'zh-CN': zhCN,
  'en-US': {
    fileInUse:
      'This file is still in use ({{articles}} articles and {{documents}} documents, the recycle bin’s included) and cannot be removed: take it out of them first',
  } satisfies Record<keyof typeof zhCN, string>,
};
