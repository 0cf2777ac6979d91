import { Component, type ReactNode } from 'react';

type Props = { fallback: ReactNode; children: ReactNode };
type State = { error: unknown };

/** Catches a remote that fails to load or throws while rendering, so only its slot shows the failure. */
export class RemoteErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('unknown remote error') };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[strata] remote slot failed', error);
  }

  override render(): ReactNode {
    return this.state.error === undefined ? this.props.children : this.props.fallback;
  }
}
