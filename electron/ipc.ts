import { z } from 'zod';

/** The only channels between renderer and main; both sides parse what crosses them. */
export const ipcChannels = { api: 'api', saveFile: 'file:save', openFile: 'file:open' } as const;

export const invokeEnvelope = z.object({ method: z.string().max(100), input: z.unknown(), actor: z.string().max(50).optional() });

const filters = z.array(z.object({ name: z.string().max(50), extensions: z.array(z.string().max(10)).max(10) })).max(10).default([]);
export const saveFileInput = z.object({ fileName: z.string().min(1).max(255), bytes: z.instanceof(Uint8Array), filters });
export const openFileInput = z.object({ filters });
