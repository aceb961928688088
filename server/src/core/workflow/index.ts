export { stepsAhead, type AheadStep } from './ahead.js';
export { blockedSteps, openSteps, type Blocked } from './abilities.js';
export { checkStep, type Check } from './check.js';
export { mermaidOf, workflowDoc } from './diagram.js';
export { placeOf, playableParties, supervisesOnly, type Place } from './level.js';
export { invalidState, refusalError, rule, SUPERVISION_MESSAGE, supervisionOnly, type Refusal } from './refusal.js';
export { runStep, takeStep, type StepContext, type StepRecord, type StepResult, type StepWork, type WorkflowAdapter } from './runner.js';
export { actionsOf, targetOf, type BaseFacts, type PartyDef, type Transition, type Workflow } from './table.js';
