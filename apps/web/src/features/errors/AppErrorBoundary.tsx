import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/**
 * Last line of defence outside the router (providers, i18n). Plain text in both languages because
 * the translation machinery itself may be what failed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled UI error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" style={{ fontFamily: 'system-ui, sans-serif', padding: '2rem', maxWidth: 560, margin: '0 auto' }}>
        <h1 style={{ fontSize: '1.25rem' }}>Đã có lỗi xảy ra · Something went wrong</h1>
        <p>Hãy tải lại trang. · Please reload the page.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Tải lại · Reload
        </button>
      </div>
    );
  }
}
