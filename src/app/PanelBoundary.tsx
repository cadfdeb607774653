import { Component, type ErrorInfo, type ReactNode } from 'react';
import { retryFailedPanels } from './lazyPanels';

interface PanelBoundaryProps {
  /** What the panel is, for the message: "the timeline", "the filters". */
  name: string;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: Error | null;
}

/**
 * Keeps a failure in one panel inside that panel: it shows a short message with a retry, and
 * the rest of the app keeps working. The error is logged for whoever reads the console. "Try
 * again" renders the panel anew, importing a lazy panel's chunk again if it had failed.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): PanelBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Sourceline: ${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-failure" role="alert">
        <p>Something went wrong in {this.props.name}. The rest of Sourceline still works.</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            retryFailedPanels();
            this.setState({ error: null });
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}
