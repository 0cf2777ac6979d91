// The network's words in the content team's registration (locales.ts adds them): the audit actions of placing an
// article on more sites, their fields, and the refusals.

export const placementLabels = {
  'zh-CN': {
    auditAction: {
      'placement.share': '向下级单位共享文章',
      'placement.recommend': '向上级单位推荐文章',
      'placement.accept': '采用推荐的文章',
      'placement.decline': '不采用推荐的文章',
      'placement.repost': '转载文章',
      'placement.remove': '从网站撤下转载的文章',
    },
    auditEntity: { ArticlePlacement: '文章转载' },
    auditField: { kind: '方式', state: '状态', note: '说明', unit: '网站单位', column: '栏目' },
  },
  'en-US': {
    auditAction: {
      'placement.share': 'Shared an article with units below',
      'placement.recommend': 'Recommended an article to the unit above',
      'placement.accept': 'Accepted a recommended article',
      'placement.decline': 'Declined a recommended article',
      'placement.repost': 'Reposted an article',
      'placement.remove': 'Took a placed article off a site',
    },
    auditEntity: { ArticlePlacement: 'Article placement' },
    auditField: { kind: 'How', state: 'State', note: 'Note', unit: 'Site of', column: 'Column' },
  },
};

const zhCN = {
  placeNeedsPublished: '只有已发布的文章可以共享、推荐或转载',
  noUnitAbove: '本单位没有上级单位，无处推荐',
  alreadyPlaced: '这篇文章已在该网站上，或推荐正在等待处理',
  ownSite: '这是文章本单位的网站，无需转载',
  notPending: '这条推荐已处理过了',
  declineNeedsNote: '不采用时请写明原因，推荐单位会看到',
};

export const placementMessages = {
  'zh-CN': zhCN,
  'en-US': {
    placeNeedsPublished: 'Only a published article can be shared, recommended or reposted',
    noUnitAbove: 'This unit has no unit above it to recommend to',
    alreadyPlaced: 'This article is already on that site, or its recommendation is waiting for a decision',
    ownSite: 'This is the article’s own site: there is nothing to repost',
    notPending: 'This recommendation has already been decided',
    declineNeedsNote: 'Say why it is declined: the recommending unit will see it',
  } satisfies Record<keyof typeof zhCN, string>,
};
