import { z } from 'zod';

// Built-in zod messages in Chinese; our own fields carry their own wording (see fields.ts).
z.config(z.locales.zhCN());

export { z };
