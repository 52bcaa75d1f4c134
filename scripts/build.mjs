// Builds the renderer (vite) and the Node/Electron side (esbuild) into dist/.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const only = process.argv.slice(2);
const want = (part) => only.length === 0 || only.includes(part);

// Bundled CommonJS dependencies need `require` inside an ES module bundle.
const esmBanner = { js: "import { createRequire as __zxRequire } from 'node:module'; const require = __zxRequire(import.meta.url);" };
const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

if (want('renderer')) {
  await viteBuild({ configFile: join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
}
if (want('node')) {
  await Promise.all([
    esbuild({ ...common, entryPoints: [join(root, 'electron/host/cli.ts')], outfile: join(root, 'dist/host/cli.mjs'), format: 'esm', banner: esmBanner }),
    esbuild({ ...common, entryPoints: [join(root, 'electron/main.ts')], outfile: join(root, 'dist/electron/main.mjs'), format: 'esm', banner: esmBanner }),
    esbuild({ ...common, entryPoints: [join(root, 'electron/preload.ts')], outfile: join(root, 'dist/electron/preload.cjs'), format: 'cjs' }),
  ]);
}
console.log(`构建完成：dist/（版本 ${version}）`);
