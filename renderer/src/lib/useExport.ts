import { App } from 'antd';
import { useState } from 'react';

/** Runs an Excel export with a busy flag and tells the clerk how many rows went out, or why not. */
export function useExport() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function run(job: () => Promise<{ saved: boolean; path?: string; rows: number }>) {
    setBusy(true);
    try {
      const result = await job();
      if (result.saved) void message.success(`已导出Excel，共${result.rows}条${result.path ? `：${result.path}` : ''}`);
    } catch (e) {
      void message.error(`导出失败：${(e as Error).message}`, 6);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
