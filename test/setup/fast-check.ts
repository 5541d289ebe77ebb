import fc from 'fast-check';

// Property tests run with a fixed seed so `npm test` and CI are reproducible; explore other
// inputs with FC_SEED=<n> (or FC_SEED=random) and keep any counterexample as a table case.
const requested = process.env['FC_SEED'];
if (requested !== 'random') {
  fc.configureGlobal({ seed: requested === undefined ? 20261121 : Number(requested) });
}
