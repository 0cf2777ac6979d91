import type { common as zh } from '../zh-CN/common';

/** Words every front-end (shell and remotes) uses. */
export const common: Record<keyof typeof zh, string> = {
  ok: 'OK',
  cancel: 'Cancel',
  save: 'Save',
  create: 'New',
  edit: 'Edit',
  delete: 'Delete',
  confirm: 'Confirm',
  retry: 'Retry',
  search: 'Search',
  reset: 'Reset',
  actions: 'Actions',
  loading: 'Loading…',
  empty: 'No data',
  yes: 'Yes',
  no: 'No',
  total: '{{total}} in total',
  exportCsv: 'Export CSV',
  loadFailed: 'Failed to load',
  saved: 'Saved',
  required: 'Please enter {{field}}',
  unknownError: 'Something went wrong, please try again later',
  networkError: 'Cannot reach the server; check the network and retry',
};
