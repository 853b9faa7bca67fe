/**
 * The top error boundary: whatever throws while drawing a design (a rule, a panel, the canvas), the
 * page never goes blank. It shows the recovery screen (RecoveryScreen.tsx), from which the user opens
 * another design, saves the broken one as a file or starts fresh; any of these tries the app again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { DesignerStore } from '../store/createDesignerStore';
import { RecoveryScreen } from './recovery/RecoveryScreen';

interface Props {
  store: DesignerStore;
  children: ReactNode;
}

export class AppErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the user sees the recovery screen.
    console.error('The designer failed to draw this design', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return <RecoveryScreen store={this.props.store} error={this.state.error} onRecovered={() => this.setState({ error: null })} />;
  }
}
