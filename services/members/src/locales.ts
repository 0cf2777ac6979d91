// The members team's words on the server: its roles, audit actions, objects and fields as the console labels them,
// and the messages of the errors it throws (namespace `errors`, under `members.`). Each area keeps its messages in
// its own folder (`<area>/messages.ts`, zh-CN with the en-US keys checked against it); this file joins them.
import { teamMessage } from '@strata/api';
import { lifecycleMessages } from './lifecycle/messages';
import { mapMessages } from './map/messages';
import { registryMessages } from './registry/messages';
import { statsMessages } from './stats/messages';
import { transferMessages } from './transfers/messages';

export const membersLabels = {
  'zh-CN': {
    role: { members_officer: '组织员', members_viewer: '党员信息查阅员' },
    auditAction: {
      'member.create': '登记党员',
      'member.update': '修改党员信息',
      'member.reveal': '查看党员个人信息',
      'member.status': '变更党员状态',
      'member.import': '导入党员',
      'member.stage': '推进发展阶段',
      'member.probationExtend': '延长预备期',
      'member.candidacyCancel': '取消发展资格',
      'member.sponsors': '指定培养联系人或入党介绍人',
      'transfer.issue': '开具组织关系介绍信',
      'transfer.confirm': '确认接收组织关系',
      'transfer.return': '退回组织关系介绍信',
      'transfer.cancel': '撤销组织关系介绍信',
      'floating.start': '登记流动党员',
      'floating.end': '结束流动党员登记',
      'snapshot.take': '生成年度统计',
      'unit.locate': '设置单位位置',
    },
    auditEntity: {
      Member: '党员',
      Transfer: '组织关系介绍信',
      FloatingAttachment: '流动党员登记',
      AnnualSnapshot: '年度统计',
    },
    auditField: {
      name: '姓名',
      gender: '性别',
      birthDate: '出生日期',
      ethnicity: '民族',
      education: '学历',
      occupation: '职业类别',
      stage: '发展阶段',
      status: '状态',
      unitId: '所在支部',
      workplace: '工作单位',
      note: '备注',
      revealed: '查看的字段',
      rows: '行数',
      letterNo: '介绍信编号',
      toUnitId: '接收单位',
      toOrganisation: '接收组织',
      state: '状态',
      hostUnitId: '流入支部',
      year: '年度',
      latitude: '纬度',
      longitude: '经度',
    },
  },
  'en-US': {
    role: { members_officer: 'Organisation officer', members_viewer: 'Registry reader' },
    auditAction: {
      'member.create': 'Registered a member',
      'member.update': "Changed a member's details",
      'member.reveal': "Viewed a member's personal data",
      'member.status': "Changed a member's status",
      'member.import': 'Imported members',
      'member.stage': 'Moved a member to the next stage',
      'member.probationExtend': 'Extended a probation',
      'member.candidacyCancel': 'Cancelled a candidacy',
      'member.sponsors': 'Assigned mentors or introducers',
      'transfer.issue': 'Issued a transfer letter',
      'transfer.confirm': 'Confirmed a transfer',
      'transfer.return': 'Returned a transfer letter',
      'transfer.cancel': 'Cancelled a transfer letter',
      'floating.start': 'Registered a floating member',
      'floating.end': 'Ended a floating attachment',
      'snapshot.take': 'Took the annual statistics',
      'unit.locate': "Set a unit's location",
    },
    auditEntity: {
      Member: 'Member',
      Transfer: 'Transfer letter',
      FloatingAttachment: 'Floating attachment',
      AnnualSnapshot: 'Annual statistics',
    },
    auditField: {
      name: 'Name',
      gender: 'Gender',
      birthDate: 'Birth date',
      ethnicity: 'Ethnicity',
      education: 'Education',
      occupation: 'Occupation',
      stage: 'Stage',
      status: 'Status',
      unitId: 'Branch',
      workplace: 'Workplace',
      note: 'Note',
      revealed: 'Fields viewed',
      rows: 'Rows',
      letterNo: 'Letter number',
      toUnitId: 'Receiving unit',
      toOrganisation: 'Receiving organisation',
      state: 'State',
      hostUnitId: 'Host branch',
      year: 'Year',
      latitude: 'Latitude',
      longitude: 'Longitude',
    },
  },
};

const zhCN = {
  ...registryMessages['zh-CN'],
  ...lifecycleMessages['zh-CN'],
  ...transferMessages['zh-CN'],
  ...statsMessages['zh-CN'],
  ...mapMessages['zh-CN'],
};

export const membersMessages = {
  'zh-CN': zhCN,
  'en-US': {
    ...registryMessages['en-US'],
    ...lifecycleMessages['en-US'],
    ...transferMessages['en-US'],
    ...statsMessages['en-US'],
    ...mapMessages['en-US'],
  } satisfies Record<keyof typeof zhCN, string>,
};

export const membersMessage = teamMessage('members', zhCN);
