import { articleHandlers, callHandlers, photoHandlers } from './articles';
import { importHandlers } from './import';
import { searchHandlers } from './search';
import { volumeHandlers } from './volumes';

/** 文史资料: 征稿, 稿件 (选稿/三审/三校), 图片, 辑, 检索, 入库. */
export const historyHandlers = {
  ...callHandlers,
  ...articleHandlers,
  ...photoHandlers,
  ...volumeHandlers,
  ...searchHandlers,
  ...importHandlers,
};
