import { humanError } from '@web/errors/human-error';
import { Link } from '@web/router/router';

/** An error as a sentence, with the way forward: retry, or sign in again. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const human = humanError(error);
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{human.title}</p>
      {human.detail !== undefined && <p className="notice-detail">{human.detail}</p>}
      {human.signInAgain ? (
        <Link to="/login" className="button">
          Sign in
        </Link>
      ) : (
        human.retryable &&
        onRetry !== undefined && (
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
        )
      )}
    </div>
  );
}
