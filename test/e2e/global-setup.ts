import { buildDemoTemplate, removeDir } from './host';

/** Generates the demo county once for the whole run; workers copy it (see host.ts). */
export default async function globalSetup() {
  const dir = await buildDemoTemplate();
  process.env.ZX_E2E_DEMO_DIR = dir;
  return () => removeDir(dir);
}
