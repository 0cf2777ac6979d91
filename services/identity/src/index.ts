export { identityRouter } from './router';
export { identitySystem } from './system';
