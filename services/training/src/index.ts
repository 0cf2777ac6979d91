export { trainingRouter } from './router';
export { trainingTeam } from './team';
