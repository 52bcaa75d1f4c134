/// <reference lib="webworker" />
import { buildDocx } from './build';
import type { BuildMessage, BuildRequest } from './protocol';

// Big documents (a 提案汇编, a 文史 volume) are laid out here so the window stays responsive.
const post = (m: BuildMessage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (event: MessageEvent<BuildRequest>) => {
  const { id, kind, data, settings } = event.data;
  try {
    const bytes = await buildDocx(kind, data, settings, (fraction, note) => post({ id, type: 'progress', fraction, note }));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    post({ id, type: 'done', bytes: buffer }, [buffer]);
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
