export { volunteersRouter } from './router';
export { volunteersTeam } from './team';
