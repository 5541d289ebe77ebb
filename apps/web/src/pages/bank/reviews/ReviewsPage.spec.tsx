import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { BANK_REVIEW_QUEUE, ReviewsPage } from '@web/pages/bank/reviews/ReviewsPage';

const TODAY = '2026-11-21';
const file = (id: string, change: Record<string, unknown> = {}) => ({
  __typename: 'PledgeApplication',
  id,
  status: 'DRAFT',
  pledgeeSigned: false,
  pledgorSigned: true,
  awaitingSignatureOf: 'PLEDGEE',
  examinationDueDate: null,
  debtorDueDate: '2027-11-21',
  overdue: false,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  registrationNumber: null,
  claimAmount: { __typename: 'Money', amount: '600000', currency: 'CNY' },
  assets: [{ __typename: 'PledgedAsset', assetId: `a-${id}`, number: `CN${id}`, title: `Patent ${id}` }],
  ...change,
});
const queueMock = (files: ReturnType<typeof file>[]) => ({
  request: { query: BANK_REVIEW_QUEUE },
  result: {
    data: {
      pledgeApplications: {
        __typename: 'PledgeApplicationConnection',
        edges: files.map((node) => ({ __typename: 'PledgeApplicationEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  window.history.replaceState(null, '', '/reviews');
  return render(
    <MockedProvider mocks={mocks}>
      <ReviewsPage today={TODAY} />
    </MockedProvider>,
  );
}

describe('ReviewsPage', () => {
  it('counts files per state, opens the first state with files, and lists the most urgent first', async () => {
    renderPage([
      queueMock([
        file('1'),
        file('2', {
          status: 'SUBMITTED',
          examinationDueDate: '2026-11-27',
          pledgeeSigned: true,
          awaitingSignatureOf: null,
        }),
        file('3', { status: 'SUBMITTED', examinationDueDate: '2026-11-19', overdue: true, pledgeeSigned: true }),
        file('4', { status: 'REGISTERED', registrationNumber: 'ZL-1', pledgeeSigned: true }),
      ]),
    ]);
    expect(screen.getByRole('status').textContent).toContain('Loading applications');
    const signTab = await screen.findByRole('tab', { name: 'Awaiting your signature 1' });
    expect(signTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'With the registrar 2' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Closed 0' })).toBeTruthy();
    expect(screen.getByText('Patent 1')).toBeTruthy();
    expect(screen.getByText('365 days left')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'With the registrar 2' }));
    const rows = await screen.findAllByRole('row');
    const body = rows.slice(1);
    expect(body.map((r) => r.getAttribute('data-application'))).toEqual(['3', '2']);
    expect(within(body[0]!).getByText('2 days overdue')).toBeTruthy();
    expect(within(body[1]!).getByText('6 days left')).toBeTruthy();
    expect(within(body[1]!).getByText('Examination due')).toBeTruthy();
  });

  it('says so when the bank has no files, and in a state without files', async () => {
    renderPage([queueMock([])]);
    expect(await screen.findByText(/No pledge applications yet/)).toBeTruthy();
  });

  it('states a failure as a sentence', async () => {
    renderPage([
      {
        request: { query: BANK_REVIEW_QUEUE },
        result: { errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    expect(await screen.findByText('Your role does not allow this.')).toBeTruthy();
  });
});
