/** 提案 domain rules: statuses, the lifecycle machine, numbering, deadlines and statistics. */
export * from './status';
export * from './machine';
export * from './numbering';
export * from './deadlines';
export * from './statistics';
