export { identityRouter } from './router';
