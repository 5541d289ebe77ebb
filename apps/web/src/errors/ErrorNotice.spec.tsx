import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorNotice } from '@web/errors/ErrorNotice';

const gqlError = (code: string) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: 'm', extensions: { code } }] });

describe('ErrorNotice', () => {
  it('shows the sentence and a retry button that retries, for a network failure', () => {
    const retry = jest.fn();
    render(<ErrorNotice error={new TypeError('Failed to fetch')} onRetry={retry} />);
    expect(screen.getByRole('alert').textContent).toContain('The server cannot be reached');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('offers to sign in again, not to retry, when the session has ended', () => {
    render(<ErrorNotice error={gqlError('UNAUTHENTICATED')} onRetry={() => undefined} />);
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/login');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers no retry where retrying cannot help, and never prints the code', () => {
    render(<ErrorNotice error={gqlError('FORBIDDEN')} onRetry={() => undefined} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Your role does not allow this.');
    expect(alert.textContent).not.toContain('FORBIDDEN');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
