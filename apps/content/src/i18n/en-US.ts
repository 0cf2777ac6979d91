/** The content remote's strings (namespace `content`). */
export const content = {
  articleStatus: { draft: 'Draft', review: 'In review', published: 'Published', archived: 'Archived' },
  siteState: { scheduled: 'Scheduled', live: 'On the site', ended: 'Taken down' },
  cadence: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', none: 'No cadence' },
  common: {
    back: 'Back',
    view: 'View',
    edit: 'Edit',
    delete: 'Delete',
    saved: 'Saved',
    deleted: 'Deleted',
    hidden: 'Hidden',
  },
  articles: {
    title: 'Articles',
    newArticle: 'New article',
    editArticle: 'Edit article',
    notFound: 'This article does not exist or you may not see it',
    filters: {
      column: 'Column',
      allColumns: 'All columns',
      status: 'Status',
      allStatuses: 'All statuses',
      unit: 'Unit',
      allUnits: 'This unit and below',
      searchLabel: 'Search titles',
      search: 'Words in the title',
    },
    table: {
      titleCol: 'Title',
      column: 'Column',
      unit: 'Unit',
      status: 'Status',
      author: 'Author',
      createdAt: 'Created',
      placed: 'Other sites',
      updatedAt: 'Updated',
      publishedAt: 'Published',
      actions: 'Actions',
    },
    actions: {
      withdraw: 'Withdraw',
      withdrawTitle: 'Withdraw this article?',
      withdrawConfirm:
        'It will no longer be public: it becomes Archived and stays in the console, where a reviewer can publish it again.',
      withdrawn: 'Article withdrawn',
      deleteTitle: 'Delete this article?',
      deleteToBin:
        'This article was public once: it moves to the recycle bin, where a reviewer can restore it for {{days}} days; after that only an admin can purge it.',
      deleteOutright:
        'This draft was never public: it is deleted for good, not kept in the recycle bin, and cannot be undone.',
      movedToBin: 'Article moved to the recycle bin; it can be restored for {{days}} days',
    },
    export: { fileName: 'articles' },
  },
} as const;
