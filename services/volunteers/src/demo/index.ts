export { type DemoPlaces, seedDemoVolunteering } from './demo-volunteering';
