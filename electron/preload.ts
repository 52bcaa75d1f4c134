import { contextBridge, ipcRenderer } from 'electron';

// Exactly what design.md allows: one API call and the two native file dialogs.
contextBridge.exposeInMainWorld('api', {
  invoke: (method: string, input: unknown, actor?: string) => ipcRenderer.invoke('api', { method, input, actor }),
  saveFile: (fileName: string, bytes: Uint8Array, filters: { name: string; extensions: string[] }[] = []) =>
    ipcRenderer.invoke('file:save', { fileName, bytes, filters }),
  openFile: (filters: { name: string; extensions: string[] }[] = []) => ipcRenderer.invoke('file:open', { filters }),
});
