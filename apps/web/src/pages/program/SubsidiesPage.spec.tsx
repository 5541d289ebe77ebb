import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { chinaYear, PROGRAM_VIEWER } from '@web/pages/program/scope';
import {
  APPROVE_SUBSIDY_CLAIMS,
  REJECT_SUBSIDY_CLAIM,
  SUBSIDY_CLAIMS,
  SubsidiesPage,
} from '@web/pages/program/SubsidiesPage';

const YEAR = chinaYear();
const viewerMock = {
  request: { query: PROGRAM_VIEWER },
  result: {
    data: {
      viewer: {
        __typename: 'Viewer',
        login: 'program',
        party: { __typename: 'Party', id: 'office-1', name: 'Suzhou Program Office', city: 'Suzhou' },
      },
    },
  },
};
const totals = (count: number, computedAmount: string, cappedAmount: string) => ({
  __typename: 'SubsidyClaimConnection',
  totals: { __typename: 'SubsidyClaimTotals', count, computedAmount, cappedAmount },
});
const claim = (status: string, id = 'claim-1') => ({
  __typename: 'SubsidyClaim',
  id,
  loanId: `loan-${id}`,
  borrowerPartyId: 'sme-1',
  kind: 'INTEREST_LPR_SHARE',
  quarter: 3,
  periodStart: `${YEAR}-07-01`,
  periodEnd: `${YEAR}-10-01`,
  baseAmount: '40000.00',
  rate: '0.2',
  computedAmount: '8000.00',
  cappedAmount: '8000.00',
  capNote: null,
  screening: 'CLEAR',
  status,
  paidOn: null,
  rejectionReason: status === 'REJECTED' ? 'Loan not in the program' : null,
  reviewNote: null,
});
const claimsMock = (edges: object[]) => ({
  request: { query: SUBSIDY_CLAIMS, variables: { city: 'Suzhou', year: YEAR, quarter: null } },
  result: {
    data: {
      claims: {
        ...totals(edges.length, edges.length === 0 ? '0' : '8000.00', edges.length === 0 ? '0' : '8000.00'),
        edges: edges.map((node) => ({ __typename: 'SubsidyClaimPageEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false },
      },
      q1: totals(0, '0', '0'),
      q2: totals(0, '0', '0'),
      q3: totals(edges.length, edges.length === 0 ? '0' : '8000.00', edges.length === 0 ? '0' : '8000.00'),
      q4: totals(0, '0', '0'),
    },
  },
});

function renderPage(mocks: MockedProviderProps['mocks']) {
  return render(
    <MockedProvider mocks={mocks}>
      <SubsidiesPage />
    </MockedProvider>,
  );
}

describe('SubsidiesPage', () => {
  it('shows the totals by quarter and the way forward when there are no claims', async () => {
    renderPage([viewerMock, claimsMock([])]);
    expect(
      await screen.findByText(
        `No subsidy claims for Suzhou in ${YEAR} yet. Choose a quarter to compute its claims.`,
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    const byQuarter = screen.getByRole('table', { name: `Claims of ${YEAR} by quarter` });
    expect(within(byQuarter).getAllByRole('row')).toHaveLength(5);
  });

  it('asks for a reason before rejecting, and shows the refusal of a claim decided meanwhile as a sentence', async () => {
    renderPage([
      viewerMock,
      claimsMock([claim('COMPUTED')]),
      {
        request: {
          query: REJECT_SUBSIDY_CLAIM,
          // The idempotency key is the form's own (one per opening).
          variables: (v: Record<string, unknown>) =>
            v['id'] === 'claim-1' &&
            v['reason'] === 'Loan not in the program' &&
            typeof v['idempotencyKey'] === 'string',
        },
        result: {
          errors: [
            new GraphQLError('ids: claim claim-1 is APPROVED', {
              extensions: { code: 'CONFLICT', reason: 'SUBSIDY_CLAIM_TRANSITION', field: 'ids' },
            }),
          ],
        },
      },
    ]);
    const row = await screen.findByRole('row', { name: /Interest \(share of LPR\)/ }, { timeout: 5000 });
    expect(row.textContent).toContain('CNY 8,000');
    expect(row.textContent).toContain('20 % of CNY 40,000');
    fireEvent.click(within(row).getByRole('button', { name: 'Reject' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject claim' }));
    expect(screen.getByText('Say why the claim is rejected.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Reason'), { target: { value: 'Loan not in the program' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reject claim' }));
    expect(
      await screen.findByText('This claim was decided in the meantime. Reload to see its current state.'),
    ).toBeTruthy();
    expect(screen.queryByText(/SUBSIDY_CLAIM_TRANSITION/)).toBeNull();
  });

  it('approves the computed claims shown in one go, with their exact total', async () => {
    const claims = [claim('COMPUTED', 'a'), claim('COMPUTED', 'b')];
    renderPage([
      viewerMock,
      claimsMock(claims),
      {
        request: {
          query: APPROVE_SUBSIDY_CLAIMS,
          variables: (v: Record<string, unknown>) => JSON.stringify(v['ids']) === '["a","b"]' && v['note'] === null,
        },
        result: { data: { approveSubsidyClaims: claims.map((c) => ({ ...c, status: 'APPROVED' })) } },
      },
      claimsMock(claims.map((c) => ({ ...c, status: 'APPROVED' }))),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Approve all 2 computed' }, { timeout: 5000 }));
    expect(screen.getByText('Approve the 2 claims shown, CNY 16,000 in all?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Approve claims' }));
    expect(
      await screen.findByText('Approved the 2 claims shown, CNY 16,000 in all.', {}, { timeout: 5000 }),
    ).toBeTruthy();
    expect(
      await screen.findByRole('button', { name: 'Record payment of all 2 approved' }, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
