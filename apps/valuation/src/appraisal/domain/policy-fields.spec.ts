import { lenderPolicyInputField } from './policy-fields.js';

describe('lenderPolicyInputField', () => {
  it.each([
    ['policy.ltvCapByKind.INVENTION', 'inventionLtvCap'],
    ['policy.ltvCapByKind.UTILITY_MODEL', 'utilityModelLtvCap'],
    ['policy.ltvCapByKind.TRADEMARK', 'trademarkLtvCap'],
    ['policy.haircut', 'haircut'],
    ['policy.ltvCapByRemainingLife[1].cap', 'ltvCapByRemainingLife[1].cap'],
    ['policy.minRemainingLifeYears', 'minRemainingLifeYears'],
    ['policy', 'policy'],
  ])('maps %s to %s', (engine, input) => {
    expect(lenderPolicyInputField(engine)).toBe(input);
  });
});
