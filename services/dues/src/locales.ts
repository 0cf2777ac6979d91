// The dues team's words on the server: its roles, audit actions, objects and fields as the console labels them, and
// the messages of the errors it throws (namespace `errors`, under `dues.`).
import { teamMessage } from '@strata/api';
import { duesMessages } from './messages';

export const duesLabels = {
  'zh-CN': {
    role: { dues_officer: '党费管理员', dues_viewer: '党费查阅员' },
    auditAction: {
      'dues.rules': '新增党费标准',
      'dues.base': '登记缴费基数',
      'dues.assess': '核定党费',
      'dues.pay': '记录党费缴纳',
      'dues.correct': '冲正账目',
      'dues.close': '月度结账',
      'dues.verify': '校验账本',
    },
    auditEntity: {
      DuesRuleSet: '党费标准',
      DuesBase: '缴费基数',
      DuesEntry: '党费账目',
      DuesPayment: '党费收据',
      DuesMonthClose: '月度结账',
    },
    auditField: {
      effectiveFrom: '生效月份',
      category: '缴费类别',
      baseFen: '缴费基数（分）',
      setFen: '设定金额（分）',
      month: '月份',
      members: '人数',
      amountFen: '金额（分）',
      receiptNo: '收据编号',
      reversesSeq: '冲正的账目',
      seq: '账目序号',
      entries: '账目数',
    },
  },
  'en-US': {
    role: { dues_officer: 'Dues officer', dues_viewer: 'Dues reader' },
    auditAction: {
      'dues.rules': 'Add dues rules',
      'dues.base': 'Enter a dues base',
      'dues.assess': 'Assess dues',
      'dues.pay': 'Record a dues payment',
      'dues.correct': 'Correct an entry',
      'dues.close': 'Close a month',
      'dues.verify': 'Verify the ledger',
    },
    auditEntity: {
      DuesRuleSet: 'Dues rules',
      DuesBase: 'Dues base',
      DuesEntry: 'Ledger entry',
      DuesPayment: 'Dues receipt',
      DuesMonthClose: 'Month close',
    },
    auditField: {
      effectiveFrom: 'In force from',
      category: 'Category',
      baseFen: 'Base (fen)',
      setFen: 'Amount set (fen)',
      month: 'Month',
      members: 'Members',
      amountFen: 'Amount (fen)',
      receiptNo: 'Receipt no.',
      reversesSeq: 'Entry corrected',
      seq: 'Entry no.',
      entries: 'Entries',
    },
  },
};

export { duesMessages };
export const duesMessage = teamMessage('dues', duesMessages['zh-CN']);
