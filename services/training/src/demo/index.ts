export { type DemoTrainingPlaces, seedDemoTraining } from './demo-training';
