import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import {
  APPLY_FOR_LOAN,
  BANK_PLEDGE_LOANS,
  checkLoanDraft,
  PledgeActions,
} from '@web/pages/bank/reviews/PledgeActions';

const PLEDGE = { id: 'pledge-1', claimAmount: { amount: '600000', currency: 'CNY' } };
const loansMock = (loans: { id: string; status: string }[]) => ({
  request: { query: BANK_PLEDGE_LOANS, variables: { pledgeId: 'pledge-1' } },
  result: {
    data: {
      loans: {
        __typename: 'LoanConnection',
        edges: loans.map((l) => ({
          __typename: 'LoanEdge',
          node: {
            __typename: 'Loan',
            ...l,
            principal: { __typename: 'Money', amount: '600000', currency: 'CNY' },
            annualRate: '0.0435',
            termMonths: 12,
          },
        })),
      },
    },
  },
});

describe('PledgeActions', () => {
  beforeAll(() => {
    if (typeof globalThis.crypto?.randomUUID !== 'function') {
      Object.defineProperty(globalThis, 'crypto', { value: { randomUUID: () => 'key-1' }, configurable: true });
    }
  });

  it('checks the loan form before sending', () => {
    expect(
      checkLoanDraft({ principal: '0', annualRatePercent: 'x', termMonths: '601', repaymentMethod: 'ANNUITY' }),
    ).toEqual({
      principal: 'Enter the principal as a number above zero, such as 600000.',
      annualRatePercent: 'Enter the annual rate in per cent, such as 4.35.',
      termMonths: 'The term is a whole number of months from 1 to 600.',
    });
    expect(
      checkLoanDraft({ principal: '600000', annualRatePercent: '4.35', termMonths: '12', repaymentMethod: 'ANNUITY' }),
    ).toEqual({});
  });

  it('applies for a loan with the rate as a fraction, up to the secured claim', async () => {
    render(
      <MockedProvider
        mocks={[
          loansMock([]),
          {
            request: {
              query: APPLY_FOR_LOAN,
              variables: (v: { input: Record<string, unknown>; key: string }) =>
                JSON.stringify(v.input) ===
                  JSON.stringify({
                    pledgeId: 'pledge-1',
                    principal: '600000',
                    currency: 'CNY',
                    annualRate: '0.0435',
                    termMonths: 12,
                    repaymentMethod: 'ANNUITY',
                  }) && v.key !== '',
            },
            result: { data: { applyForLoan: { __typename: 'Loan', id: 'loan-1', status: 'SUBMITTED' } } },
          },
          loansMock([{ id: 'loan-1', status: 'SUBMITTED' }]),
        ]}
      >
        <PledgeActions pledge={PLEDGE} />
      </MockedProvider>,
    );
    expect(await screen.findByText('At most the secured claim, CNY 600,000')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Annual rate (%)'), { target: { value: '4.35' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply for the loan' }));
    expect(await screen.findByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(screen.getByText('Submitted')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply for the loan' })).toBeNull();
  });
});
