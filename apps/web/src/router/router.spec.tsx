import { render, screen } from '@testing-library/react';
import { Link, navigate } from '@web/router/router';

describe('Link', () => {
  it('marks the link to the page shown, and tabs that differ by query as they say', () => {
    navigate('/examination?state=registered');
    render(
      <nav>
        <Link to="/patents">Patents</Link>
        <Link to="/examination">Plain</Link>
        <Link to="/examination" current={false}>
          Awaiting
        </Link>
        <Link to="/examination?state=registered" current>
          Registered
        </Link>
      </nav>,
    );
    expect(screen.getByText('Patents').getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('Plain').getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('Awaiting').getAttribute('aria-current')).toBeNull();
    expect(screen.getByText('Registered').getAttribute('aria-current')).toBe('page');
  });
});
