import { app, BrowserWindow, dialog, ipcMain, net, protocol, shell, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppDatabase } from '../db/app';
import { generateDemo } from '../db/demo/generate';
import { createDispatcher, type Dispatch } from '../db/services/dispatch';
import { ipcChannels, saveFileInput, openFileInput, invokeEnvelope } from './ipc';

// The renderer is served from app://office/ (not file://) so module workers, fetch and CSP behave
// as on a normal origin; only files inside dist/renderer can be served.
const rendererRoot = join(import.meta.dirname, '..', 'renderer');
const origin = 'app://office';
const rendererUrl = `${origin}/index.html`;
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function serveRenderer() {
  protocol.handle('app', (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererRoot, decodeURIComponent(url.pathname)));
    if (url.host !== 'office' || !file.startsWith(rendererRoot + sep)) return new Response('forbidden', { status: 403 });
    return net.fetch(pathToFileURL(file).href);
  });
}
const demo = process.argv.includes('--demo');

let database: AppDatabase | undefined;
let dispatch: Dispatch | undefined;
let mainWindow: BrowserWindow | undefined;

/** Only our own page may call the API (design.md: IPC sender validated). */
function fromOurPage(event: IpcMainInvokeEvent) {
  const url = event.senderFrame?.url ?? '';
  return url === rendererUrl || url.startsWith(`${rendererUrl}#`);
}

function openData() {
  const dir = app.getPath('userData');
  const path = join(dir, demo ? 'demo.sqlite' : 'office.sqlite');
  const isNew = !existsSync(path);
  database = new AppDatabase({ path });
  if (demo && isNew) generateDemo(database);
  if (!isNew) database.backup('自动');
  dispatch = createDispatcher(database);
}

function createWindow() {
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1100,
    minHeight: 700,
    title: '政协办公',
    show: false,
    webPreferences: {
      preload: join(import.meta.dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  mainWindow.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  mainWindow.webContents.on('will-navigate', (event, url) => {
    if (url !== rendererUrl && !url.startsWith(`${rendererUrl}#`)) event.preventDefault();
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(rendererUrl);
}

function registerIpc() {
  ipcMain.handle(ipcChannels.api, (event, raw: unknown) => {
    if (!fromOurPage(event)) return { ok: false, error: { code: 'UNAUTHORIZED', message: '拒绝来自未知页面的调用。' } };
    const envelope = invokeEnvelope.safeParse(raw);
    if (!envelope.success) return { ok: false, error: { code: 'BAD_REQUEST', message: '调用格式不正确。' } };
    return dispatch!(envelope.data.method, envelope.data.input, envelope.data.actor);
  });
  ipcMain.handle(ipcChannels.saveFile, async (event, raw: unknown) => {
    if (!fromOurPage(event) || !mainWindow) return { saved: false };
    const input = saveFileInput.parse(raw);
    const result = await dialog.showSaveDialog(mainWindow, { defaultPath: input.fileName, filters: input.filters });
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFile(result.filePath, Buffer.from(input.bytes));
    return { saved: true, path: result.filePath };
  });
  ipcMain.handle(ipcChannels.openFile, async (event, raw: unknown) => {
    if (!fromOurPage(event) || !mainWindow) return null;
    const input = openFileInput.parse(raw);
    const result = await dialog.showOpenDialog(mainWindow, { properties: ['openFile'], filters: input.filters });
    if (result.canceled || result.filePaths.length === 0) return null;
    const path = result.filePaths[0];
    return { name: path.split(/[\\/]/).pop() ?? path, bytes: new Uint8Array(await readFile(path)) };
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  void app.whenReady().then(() => {
    try {
      openData();
    } catch (error) {
      dialog.showErrorBox('无法打开数据库', (error as Error).message);
      app.quit();
      return;
    }
    serveRenderer();
    registerIpc();
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => database?.close());
}
