export { createDefaultColumns, defaultColumns } from './columns/default-columns';
export { contentRouter } from './router';
export { contentTeam } from './team';
