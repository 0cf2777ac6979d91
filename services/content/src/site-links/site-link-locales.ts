// The links directory's words in the content team's registration (locales.ts adds them).

export const siteLinkLabels = {
  'zh-CN': {
    auditAction: {
      'siteLink.add': '添加相关链接',
      'siteLink.remove': '删除相关链接',
      'siteLink.reorder': '调整相关链接顺序',
    },
    auditEntity: { SiteLink: '相关链接' },
    auditField: { label: '名称', url: '网址' },
  },
  'en-US': {
    auditAction: {
      'siteLink.add': 'Added a related link',
      'siteLink.remove': 'Removed a related link',
      'siteLink.reorder': 'Reordered related links',
    },
    auditEntity: { SiteLink: 'Related link' },
    auditField: { label: 'Label', url: 'Address' },
  },
};

const zhCN = { tooManyLinks: '每个单位最多列出 {{max}} 个相关链接' };

export const siteLinkMessages = {
  'zh-CN': zhCN,
  'en-US': {
    tooManyLinks: 'A unit lists at most {{max}} related links',
  } satisfies Record<keyof typeof zhCN, string>,
};
