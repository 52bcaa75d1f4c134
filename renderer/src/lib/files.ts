/** Saves bytes through the native dialog in Electron, or as a download in the browser. */
export async function saveBytes(fileName: string, bytes: Uint8Array | ArrayBuffer, filters: { name: string; extensions: string[] }[] = []) {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (window.api) return window.api.saveFile(fileName, data, filters);
  const blob = new Blob([data as BlobPart]);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true };
}

export const excelFilter = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];
export const wordFilter = [{ name: 'Word 文档', extensions: ['docx'] }];

export function readFileBytes(file: File): Promise<Uint8Array> {
  return file.arrayBuffer().then((b) => new Uint8Array(b));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function todayStamp() {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}`;
}
