export { stepsAhead } from './ahead.js';
export { blockedSteps, openSteps, type Blocked } from './abilities.js';
export { checkStep, type Check } from './check.js';
export { workflowDoc } from './diagram.js';
export { auditedPath } from './path.js';
export { assertTownStaff, playableParties, supervisesOnly } from './level.js';
export {
  invalidState,
  refusalError,
  rule,
  SUPERVISION_MESSAGE,
  supervisionOnly,
  type Refusal,
} from './refusal.js';
export {
  runStep,
  takeStep,
  type StepContext,
  type StepResult,
  type StepWork,
  type WorkflowAdapter,
} from './runner.js';
export { stepRoutes } from './step-route.js';
export { type Transition, type Workflow } from './table.js';
export { townRecordWorkflow, type TownRecord } from './town-record.js';
