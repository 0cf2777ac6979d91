export { membersRouter } from './router';
export { membersTeam } from './team';
