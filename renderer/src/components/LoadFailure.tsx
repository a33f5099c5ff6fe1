// A screen or a part of the first screen is loaded apart (its own chunk, with i18next). If that fails
// (an update replaced the app's files while it was open, a file that cannot be read), React would
// otherwise drop the whole page and leave an empty window. This keeps the rest of the page (Urgent
// help stays one press away) and says, in place of what failed, what happened and what to do.
// Chromium keeps a failed module import failed until the page loads again, so the way out is to
// reload it; the answers are written as the page goes (useAnswersDocument saves on pagehide).
import { Component, type ReactNode } from 'react';
import { useText } from '../text-context';

interface Props {
  children: ReactNode;
  /** It stands for the whole screen: its message is the screen's heading, which gets focus after a move. */
  screen?: boolean;
  /** When this changes (another screen), a failure shown is cleared and the children tried again. */
  resetKey?: string;
  /** What the button does; the page reloads by default. */
  onReload?: () => void;
}

export class LoadFailureBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <LoadFailed screen={this.props.screen} onReload={this.props.onReload} /> : this.props.children;
  }
}

/**
 * What failed to load, and the way out. `whole`: the page itself could not start (main.tsx). `screen`:
 * in place of a screen, so its first line is the screen's heading (#screen-title, where App puts focus).
 */
export function LoadFailed({
  whole = false,
  screen = whole,
  onReload = () => window.location.reload(),
}: {
  whole?: boolean;
  screen?: boolean | undefined;
  onReload?: (() => void) | undefined;
}) {
  const { t } = useText();
  const what = t(whole ? 'notices.startFailed' : 'notices.partFailed');
  return (
    <div role="alert" className="error load-failed">
      {screen ? (
        <h1 id="screen-title" tabIndex={-1}>
          {what}
        </h1>
      ) : (
        <p>{what}</p>
      )}
      {/* In place of a screen (it may be Urgent help) or of the whole guide: what to do in danger still reaches the person. */}
      {screen && <p>{t('notices.dangerNow')}</p>}
      <p>{t('notices.reloadHelps')}</p>
      <button type="button" className="button-small" onClick={onReload}>
        {t('notices.reload')}
      </button>
    </div>
  );
}
