import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApiCallError, fieldLabel, humanError } from '@web/errors/human-error';

const gqlError = (extensions: Record<string, unknown>, message = 'server message') =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

// jsdom has no fetch Response; ServerError only reads its status.
const answer = (status: number) => ({ status }) as Response;

const CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
  'SOMETHING_NEW',
];

describe('humanError', () => {
  it.each(CODES)('says %s as a sentence without the code', (code) => {
    const human = humanError(gqlError({ code, reason: 'SOME_REASON', field: 'input.creditCode' }));
    expect(human.title).toMatch(/^[A-Z].*[.]$/);
    expect(`${human.title} ${human.detail ?? ''}`).not.toContain(code);
    expect(`${human.title} ${human.detail ?? ''}`).not.toContain('SOME_REASON');
  });

  it('names the field of a BAD_USER_INPUT and keeps the server sentence without its path', () => {
    const human = humanError(
      gqlError({ code: 'BAD_USER_INPUT', field: 'input.creditCode' }, 'input.creditCode: check character is wrong'),
    );
    expect(human).toMatchObject({ title: 'Please check the credit code.', detail: 'Check character is wrong' });
  });

  it('explains known CONFLICT reasons and falls back to a generic sentence', () => {
    expect(humanError(gqlError({ code: 'CONFLICT', reason: 'ASSET_ALREADY_LISTED' })).title).toBe(
      'This patent is already listed on the marketplace.',
    );
    expect(humanError(gqlError({ code: 'CONFLICT', reason: 'UNHEARD_OF' }, 'pool is sealed')).title).toMatch(
      /conflicts with a change/,
    );
  });

  it('tells how long to wait when rate limited', () => {
    expect(humanError(gqlError({ code: 'RATE_LIMITED', retryAfterSeconds: 12 }))).toMatchObject({
      title: 'Too many requests in a short time. Please wait 12 seconds and try again.',
      retryable: true,
    });
  });

  it('asks to sign in again when the session has ended, even among other errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'no', extensions: { code: 'FORBIDDEN' } },
        { message: 'expired', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    expect(humanError(error)).toMatchObject({
      signInAgain: true,
      title: 'Your session has ended. Please sign in again.',
    });
  });

  it('reads the gateway error body of a non-GraphQL HTTP answer', () => {
    const body = JSON.stringify({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    const error = new ServerError('401', { response: answer(401), bodyText: body });
    expect(humanError(error).signInAgain).toBe(true);
    const html = new ServerError('502', { response: answer(502), bodyText: '<html>' });
    expect(humanError(html)).toMatchObject({
      title: expect.stringMatching(/temporarily unavailable/),
      retryable: true,
    });
  });

  it('says the server cannot be reached on a network failure', () => {
    expect(humanError(new TypeError('Failed to fetch'))).toMatchObject({
      title: 'The server cannot be reached. Check your connection and try again.',
      retryable: true,
    });
  });

  it('maps the console’s own calls by body or status', () => {
    expect(
      humanError(
        new ApiCallError(400, [{ message: 'No demo user', extensions: { code: 'BAD_USER_INPUT', field: 'login' } }]),
      ).title,
    ).toBe('Please check the login.');
    expect(humanError(new ApiCallError(404, [])).title).toMatch(/could not find/);
    expect(humanError(new Error('boom')).title).toMatch(/Something went wrong on our side/);
  });

  it.each([
    ['input.creditCode', 'credit code'],
    ['line 12: filingDate', 'line 12: filing date'],
    ['login', 'login'],
    ['input.owners.0.share_percent', 'share percent'],
  ])('fieldLabel(%p) = %p', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});
