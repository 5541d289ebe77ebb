/**
 * Helpers for the e2e suite (test/): a GraphQL client and assertions, demo-user tokens,
 * factories producing unique, valid registry data (so spec files can run in parallel
 * against one platform) and a few fixtures. Nothing here imports an app: check
 * characters are re-implemented. Nothing here needs Jest either (node:assert), so the
 * e2e globalSetup can load the compiled copy.
 */
export { E2E_ENV, e2eEnv, originOf } from './e2e-env.js';
export type { E2eEnv } from './e2e-env.js';
export { gql, firstError, dataOf } from './graphql.js';
export type { GqlBody, GqlError, GqlOptions, GqlResponse } from './graphql.js';
export { assertGqlData, assertGqlError, assertNoLeak, LEAK_PATTERNS } from './expectations.js';
export type { ExpectedGqlError } from './expectations.js';
export { logMentions, waitForLogLine } from './logs.js';
export { tokenFor, tokenForUser, customToken, demoUser } from './tokens.js';
export type { CustomTokenOptions, DemoLogin, TestUser } from './tokens.js';
export { randomBelow, uniqueSuffix } from './unique.js';
export {
  CREDIT_CODE_CHARSET,
  creditCodeCheckChar,
  newCreditCode,
  newEnterpriseInput,
  withWrongCheckChar,
} from './credit-code.js';
export type { PartyInput } from './credit-code.js';
export {
  expectedPatentExpiry,
  newPatentNumber,
  newPatentInput,
  patentCheckChar,
  patentCsv,
  patentCsvLine,
  PATENT_CSV_HEADER,
  todayInChina,
  withWrongCheckDigit,
} from './patent.js';
export type { OwnerInput, PatentInput, PatentKind } from './patent.js';
export { assetsOwnedBy, importPatentsCsv, registerEnterprise, runScript, seedAssets, sql } from './fixtures.js';
export type { ImportReport, StoredAsset } from './fixtures.js';
export { createAsset, ownedBy, pollUntil, registerBankUser, registerSmeUser } from './valuation-fixtures.js';
export type { CreatedAsset, TestBank, TestSme } from './valuation-fixtures.js';
export * from './marketplace-fixtures.js';
export {
  addCalendarMonthsUtc,
  blackScholesCall,
  cents,
  centsDown,
  D,
  daysBetween,
  normalCdf,
  presentValue,
} from './valuation-math.js';
export type { BlackScholesCase } from './valuation-math.js';
export {
  EXAMINE_PLEDGE,
  PLEDGE_FIELDS,
  SUBMIT_PLEDGE,
  examinePledge,
  pledgeInput,
  pledgeParties,
  registeredPledge,
  submitPledge,
  submittedPledge,
  type PledgeParties,
} from './pledge-fixtures.js';
export * from './loan-fixtures.js';
export { programPledgeParties, registrySql } from './program-fixtures.js';
export { arrangerOf, poolableLoan, type PoolLoanTerms } from './securitization-fixtures.js';
export { callersOf, policyDrift, providerClasses, resolverHandlers } from './resolver-metadata.js';
export type { ResolverHandler } from './resolver-metadata.js';
export {
  ALL_CALLERS,
  ANONYMOUS_CALLER,
  AUTHORIZATION_POLICY,
  POLICY_SUBGRAPHS,
  rootFieldPolicy,
} from './authorization-policy.js';
export type { AccessPolicy, Caller, PolicySubgraph } from './authorization-policy.js';
export {
  answerData,
  callSubgraph,
  privateExamine,
  privateParties,
  privatePledgeInput,
  privateSubmit,
  privateSubmittedPledge,
  startPrivateRegistry,
} from './private-registry.js';
export type { PrivateParties, PrivateRegistry, SubgraphAnswer } from './private-registry.js';
export { publicSchema, rootFields } from './public-schema.js';
export type { RootField } from './public-schema.js';
export { databaseConnections, processIds, rssBytes } from './process-stats.js';
export { heapAfterGc, INSPECT_ON_SIGNAL } from './heap-probe.js';
export type { HeapFigures } from './heap-probe.js';
export { prepareSoak, runSoak } from './soak.js';
export type { SoakClient, SoakOperation, SoakOptions, SoakReport, SoakWorkload } from './soak.js';
export {
  chromiumPath,
  examinationQueueRow,
  expectFitsWidth,
  launchChromium,
  pageErrorsOf,
  pagesErrorsOf,
  saveScreenshot,
  SCREENS,
  signInWithToken,
} from './browser.js';
