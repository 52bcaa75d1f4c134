import type { OfficeSettings } from '../../../shared/contract/officeSettings';
import { call } from '../lib/api';
import type { BuildMessage, BuildRequest } from './protocol';
import type { DocumentKindName } from './registry';

let worker: Worker | null | undefined;
let nextId = 1;

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  return worker;
}

/** The builders and docx on the main thread: only where the worker is unavailable, so they stay out of the window's chunks. */
async function buildHere(kind: string, data: unknown, settings: OfficeSettings, onProgress: Progress): Promise<Uint8Array> {
  const { buildDocx } = await import('./build');
  return buildDocx(kind, data, settings, onProgress);
}

export type Progress = (fraction: number, note?: string) => void;

/** Builds a Word document off the main thread (falls back to the main thread where workers are unavailable). */
export async function generateDocx(kind: DocumentKindName | string, data: unknown, onProgress: Progress = () => {}, settings?: OfficeSettings): Promise<Uint8Array> {
  const office = settings ?? (await call('settings.getOffice', {}));
  const w = getWorker();
  if (!w) return buildHere(kind, data, office, onProgress);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<BuildMessage>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m.fraction, m.note);
      else {
        w.removeEventListener('message', onMessage);
        if (m.type === 'done') resolve(new Uint8Array(m.bytes));
        else reject(new Error(m.message));
      }
    };
    w.addEventListener('message', onMessage);
    w.onerror = () => {
      // A worker that fails to load (e.g. blocked by the page's origin) must not hang the UI.
      w.removeEventListener('message', onMessage);
      worker = null;
      buildHere(kind, data, office, onProgress).then(resolve, reject);
    };
    w.postMessage({ id, kind, data: JSON.parse(JSON.stringify(data ?? null)), settings: office } satisfies BuildRequest);
  });
}
