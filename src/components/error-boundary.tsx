import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Rendered instead of the children after an error; gets a reset function and the error. */
  fallback: (reset: () => void, error: unknown) => ReactNode;
  children: ReactNode;
  /** When this value changes (e.g. the route), a caught error is forgotten. */
  resetKey?: unknown;
}

interface State {
  error: unknown;
  resetKey: unknown;
}

/** A render error in one view shows a message with a reload button instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs; the user sees the fallback.
    console.warn('View crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error !== undefined) {
      return this.props.fallback(() => this.setState({ error: undefined }), this.state.error);
    }
    return this.props.children;
  }
}
