// Public API of the spaced-repetition engine. Pure: time comes in as `now`.
export * from './card';
export * from './scheduler';
export * from './queue';
export * from './stats';
export * from './settings';
export * from './day';
export * from './synthetic';
