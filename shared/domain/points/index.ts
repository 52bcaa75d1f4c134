/** 履职积分: fact kinds, rules with versions, points for any period, closed years, rankings. */
export * from './kinds';
export * from './rules';
export * from './share';
export * from './compute';
export * from './ranking';
export * from './signin';
export * from './defaults';
export * from './figures';
