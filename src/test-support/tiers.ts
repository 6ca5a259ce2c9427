/**
 * Options for a test that belongs to the slow tier (a child process, a 20 MB input): `npm run test:unit` skips it,
 * saying so, and `npm test` runs it. Tests in src/cli, src/corpus, src/server and test/ are slow-tier by folder.
 * @example test('analyses a 20 MB text …', slowTier, () => { … })
 */
export const slowTier: { skip?: string } =
  process.env.NEWSGRAPH_TEST_TIER === 'unit' ? { skip: 'slow tier (npm test runs it; npm run test:unit skips it)' } : {}
