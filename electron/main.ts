import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppDatabase } from '../db/app';
import { generateDemo } from '../db/demo/generate';
import { createDispatcher, type Dispatch } from '../db/services/dispatch';
import { ipcChannels, saveFileInput, openFileInput, invokeEnvelope } from './ipc';

const rendererIndex = join(import.meta.dirname, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const demo = process.argv.includes('--demo');

let database: AppDatabase | undefined;
let dispatch: Dispatch | undefined;
let mainWindow: BrowserWindow | undefined;

/** Only our own page may call the API (design.md: IPC sender validated). */
function fromOurPage(event: IpcMainInvokeEvent) {
  return event.senderFrame?.url === rendererUrl || event.senderFrame?.url.startsWith(`${rendererUrl}#`) === true;
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
    registerIpc();
    createWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => database?.close());
}
