// `npm start [-- --demo]`: builds, then opens the Electron window when Electron's binary is
// installed, otherwise the browser host on 127.0.0.1 (these machines cannot download Electron).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
if (build.status !== 0) process.exit(build.status ?? 1);

function electronBinary() {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const electron = process.env.ZX_BROWSER ? null : electronBinary();
const child = electron
  ? spawn(electron, [root, ...args], { stdio: 'inherit', cwd: root })
  : spawn(process.execPath, [join(root, 'dist/host/cli.mjs'), ...args], { stdio: 'inherit', cwd: root });
if (!electron) console.log('未检测到 Electron 程序文件，改用浏览器模式启动。');
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code) => process.exit(code ?? 0));
