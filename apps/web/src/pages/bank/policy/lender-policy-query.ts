import { useQuery } from '@apollo/client/react';
import { graphql } from '@web/gql';
import type { PolicyTerms } from '@web/pages/bank/policy/ltv-policy';

export const BANK_VIEWER_PARTY = graphql(`
  query BankViewerParty {
    viewer {
      party {
        id
      }
    }
  }
`);

export const BANK_LENDER_POLICY = graphql(`
  query BankLenderPolicy($lenderId: ID!) {
    lenderPolicy(lenderId: $lenderId) {
      version
      inventionLtvCap
      utilityModelLtvCap
      designLtvCap
      trademarkLtvCap
      haircut
      minRemainingLifeYears
      validityMonths
      ltvCapByRemainingLife {
        minYears
        cap
      }
    }
  }
`);

/** The signed-in bank's current lending policy; null when the bank has none. */
export function useLenderPolicy(): { policy: PolicyTerms | null; loading: boolean; error: unknown } {
  const viewer = useQuery(BANK_VIEWER_PARTY);
  const lenderId = viewer.data?.viewer.party?.id ?? null;
  const policy = useQuery(BANK_LENDER_POLICY, { variables: { lenderId: lenderId ?? '' }, skip: lenderId === null });
  return {
    policy: policy.data?.lenderPolicy ?? null,
    loading: viewer.loading || policy.loading,
    error: viewer.error ?? policy.error,
  };
}
