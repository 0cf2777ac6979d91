/** Names from the domain that both server and browser show. */
export const domain = {
  unitKind: { municipality: '市', township: '乡镇（街道）', branch: '支部', group: '党小组' },
  role: {
    municipal_admin: '市级管理员',
    township_admin: '乡镇管理员',
    branch_secretary: '支部书记',
    content_editor: '内容编辑',
    reviewer: '审核员',
    mailbox_handler: '信箱办理员',
    dues_officer: '党费管理员',
    volunteer_coordinator: '志愿者协调员',
    trainer: '培训讲师',
    member: '党员',
  },
  articleStatus: { draft: '草稿', review: '待审核', published: '已发布', archived: '已归档' },
  cadence: { daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度' },
} as const;
