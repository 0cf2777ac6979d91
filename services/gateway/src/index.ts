export { type AppRouter, appRouter, composition, routerFor, serviceRouters } from './app-router';
export { type GatewayConfig, loadConfig } from './config';
export { publicPagePolicy, registerPublicPages } from './public-pages';
export { type DemoSeed, readDemoSeed, seedDemo, seedDemoOnce } from './seed/demo';
export { demoPassword, demoUsers } from './seed/demo-data';
export { buildServer } from './server';
export { systemOperations } from './system';
export { startTeams, teams } from './teams';
export { maxBatchSize } from './trpc-plugin';
