export { identityRouter } from './router';
export { identitySystem } from './system';
export { identityTeam } from './team';
