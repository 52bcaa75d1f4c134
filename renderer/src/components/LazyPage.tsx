import { Button, Result, Spin, Typography } from 'antd';
import { Component, Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router-dom';

/**
 * A page loaded on first visit: `lazyPage(() => import('./pages/x/XPage'), 'XPage')`. Each section's
 * code (and what only it uses: echarts, the Word builders) is a chunk of its own, so the window opens
 * on the first chunk alone. Chunks are fetched relative to the page (vite base './'), which works
 * under app://office/ in Electron and from the browser host alike.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  const Page = lazy(async () => ({ default: (await load())[name] }));
  return Page;
}

/** Shown in the content area while a page's chunk loads. */
export function PageLoading() {
  return (
    <div role="status" aria-label="页面加载中" style={{ display: 'flex', justifyContent: 'center', alignItems: 'center', minHeight: 240 }}>
      <Spin size="large" />
    </div>
  );
}

interface BoundaryState {
  error: Error | null;
  /** The address the error happened on: moving elsewhere in the menu clears it. */
  at: string;
}

/** A chunk that fails to load (the app was updated under a running window, a broken file) must not blank the window. */
class ChunkErrorBoundary extends Component<{ at: string; children: ReactNode }, BoundaryState> {
  state: BoundaryState = { error: null, at: '' };

  static getDerivedStateFromError(error: Error): Partial<BoundaryState> {
    return { error };
  }

  static getDerivedStateFromProps(props: { at: string }, state: BoundaryState): Partial<BoundaryState> | null {
    return props.at === state.at ? null : { at: props.at, error: null };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="warning"
        title="页面加载失败"
        subTitle="这一页的程序文件未能载入（程序可能刚更新过）。请点“重新加载”；如仍失败，请重新启动程序。"
        extra={
          <>
            <Button type="primary" onClick={() => window.location.reload()}>
              重新加载
            </Button>
            <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>
              {this.state.error.message}
            </Typography.Paragraph>
          </>
        }
      />
    );
  }
}

/** The layout's content outlet for lazy pages: a centred spinner while loading, a plain message if loading fails. */
export function LazyOutlet() {
  const { pathname } = useLocation();
  return (
    <ChunkErrorBoundary at={pathname}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ChunkErrorBoundary>
  );
}
