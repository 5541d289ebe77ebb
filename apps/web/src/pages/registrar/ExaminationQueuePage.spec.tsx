import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { EXAMINATION_QUEUE, ExaminationQueuePage } from '@web/pages/registrar/ExaminationQueuePage';
import { registryToday } from '@web/pages/registrar/queue';

/** `today` shifted by whole days, as YYYY-MM-DD. */
function day(offset: number): string {
  const d = new Date(`${registryToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}

const file = (id: string, dueOffset: number, overdue = false) => ({
  __typename: 'PledgeApplication',
  id,
  status: 'SUBMITTED',
  filingChannel: 'ONLINE',
  submittedAt: '2026-11-01T02:00:00.000Z',
  examinationDueDate: day(dueOffset),
  overdue,
  claimType: 'LOAN',
  claimAmount: { __typename: 'Money', amount: '5000000.00', currency: 'CNY' },
  assets: [{ __typename: 'PledgedAsset', position: 1, number: `CN2021${id}`, title: `Patent ${id}` }],
});
type File = ReturnType<typeof file>;

const connection = (files: File[], endCursor: string | null = null) => ({
  __typename: 'PledgeApplicationConnection',
  edges: files.map((node) => ({ __typename: 'PledgeApplicationEdge', node })),
  pageInfo: { __typename: 'PageInfo', hasNextPage: endCursor !== null, endCursor },
});

const queueMock = (
  overdue: File[],
  awaiting: File[],
  variables: Record<string, unknown> = {},
  awaitingCursor: string | null = null,
) => ({
  request: { query: EXAMINATION_QUEUE, variables },
  result: {
    data: {
      overduePledgeApplications: connection(overdue),
      pledgeApplications: connection(awaiting, awaitingCursor),
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <ExaminationQueuePage />
    </MockedProvider>,
  );
}

const rowIds = (): (string | null)[] =>
  Array.from(document.querySelectorAll('tr[data-application]')).map((r) => r.getAttribute('data-application'));

describe('ExaminationQueuePage', () => {
  it('lists overdue files first, then the rest by deadline, with the time left in words', async () => {
    const late = file('late', -3, true);
    const later = file('later', 6);
    const soon = file('soon', 1);
    const today = file('today', 0);
    renderPage([queueMock([late], [later, late, soon, today])]);
    expect(screen.getByRole('status').textContent).toContain('Loading the examination queue');
    await screen.findByText('Patent late');
    expect(rowIds()).toEqual(['late', 'today', 'soon', 'later']);
    const row = (id: string) => within(document.querySelector(`tr[data-application="${id}"]`) as HTMLElement);
    expect(row('late').getByText('3 days overdue')).toBeTruthy();
    expect(row('today').getByText('Due today')).toBeTruthy();
    expect(row('soon').getByText('Due tomorrow')).toBeTruthy();
    expect(row('later').getByText('6 days left')).toBeTruthy();
    expect(screen.getByText('4 files awaiting examination, 1 overdue.')).toBeTruthy();
    expect(row('late').getByRole('link', { name: 'Examine' }).getAttribute('href')).toBe('/examination/late');
  });

  it('loads the next page on "more" and orders it in with the rest', async () => {
    renderPage([
      queueMock([], [file('a', 5)], {}, 'cursor-1'),
      queueMock([], [file('b', 2)], { overdueAfter: null, awaitingAfter: 'cursor-1' }),
    ]);
    await screen.findByText('Patent a');
    fireEvent.click(screen.getByRole('button', { name: 'Show more files' }));
    await screen.findByText('Patent b');
    expect(rowIds()).toEqual(['b', 'a']);
    expect(screen.queryByRole('button', { name: 'Show more files' })).toBeNull();
  });

  it('says so when nothing awaits examination', async () => {
    renderPage([queueMock([], [])]);
    expect(await screen.findByText(/No applications await examination/)).toBeTruthy();
  });

  it('shows a sentence, not the code, when the API refuses', async () => {
    renderPage([
      {
        request: { query: EXAMINATION_QUEUE, variables: {} },
        result: { errors: [new GraphQLError('denied', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your role does not allow this.');
    expect(alert.textContent).not.toContain('FORBIDDEN');
  });
});
