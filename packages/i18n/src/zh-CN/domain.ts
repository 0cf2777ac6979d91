/** Names from the domain that both server and browser show. */
export const domain = {
  unitKind: { municipality: '市', township: '乡镇（街道）', branch: '支部', group: '党小组' },
  role: {
    municipal_admin: '市级管理员',
    township_admin: '乡镇管理员',
    branch_secretary: '支部书记',
    member: '党员',
  },
  /** Audit log action codes, as services record them. */
  auditAction: {
    'auth.login': '登录',
    'auth.logout': '退出登录',
    'auth.loginFailed': '登录失败',
    'auth.loginDisabled': '停用账户尝试登录',
    'auth.lockout': '账户锁定',
    'auth.changePassword': '修改密码',
    'user.create': '新建用户',
    'user.update': '修改用户',
    'user.resetPassword': '重置密码',
    'user.unlock': '解锁账户',
    'user.import': '导入用户',
    'user.setLocale': '切换语言',
    'grant.add': '授予角色',
    'grant.remove': '撤销角色',
    'unit.create': '新建单位',
    'unit.rename': '单位改名',
    'unit.move': '移动单位',
    'unit.archive': '归档单位',
    'unit.restore': '恢复单位',
    'unit.update': '修改单位信息',
  },
} as const;
