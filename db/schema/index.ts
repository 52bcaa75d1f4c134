export * from './reference';
export * from './members';
export * from './system';
export * from './supervision';
export * from './history';
export * from './proposals';
export * from './opinions';
export * from './points';
