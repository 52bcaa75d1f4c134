export * from './status';
export * from './machine';
export * from './numbering';
export * from './deadlines';
export * from './reminders';
