// The document library's words in the content team's registration (locales.ts adds them): its audit actions, the
// object it names and the fields of its images.

export const documentLabels = {
  'zh-CN': {
    auditAction: {
      'document.create': '新建文档',
      'document.update': '修改文档',
      'document.addVersion': '上传文档新版本',
      'document.remove': '删除文档',
    },
    auditEntity: { Document: '文档' },
    auditField: {
      category: '类别',
      description: '说明',
      visibility: '公开范围',
      version: '当前版本',
      fileId: '文件编号',
      fileName: '文件名',
      versionNote: '版本说明',
      versions: '全部版本',
    },
  },
  'en-US': {
    auditAction: {
      'document.create': 'Filed a document',
      'document.update': 'Updated a document',
      'document.addVersion': 'Uploaded a new version of a document',
      'document.remove': 'Removed a document',
    },
    auditEntity: { Document: 'Document' },
    auditField: {
      category: 'Category',
      description: 'Description',
      visibility: 'Visibility',
      version: 'Current version',
      fileId: 'File number',
      fileName: 'File name',
      versionNote: 'Version note',
      versions: 'All versions',
    },
  },
};
