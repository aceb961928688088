export * from './roles.js';
export * from './permissions.js';
export * from './dates.js';
export * from './clock.js';
export * from './id-numbers.js';
export * from './citations.js';
