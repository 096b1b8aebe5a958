// The readability evaluation (../shared/eval/readability) as a regression guard: detection and publication dates.
import { describe, expect, it } from 'vitest';
import { runReadabilityEval } from '../../scripts/eval/readability';
import { requireShared } from '../support/shared';

describe('readability evaluation set', () => {
  requireShared('the readability evaluation');
  it('agrees with `readerable` on at least 95% of pages and finds every gold publication day', async () => {
    const r = await runReadabilityEval();
    expect(r.pages).toBeGreaterThan(50);
    // Deliberate disagreements only: Readability calls news home pages "readerable" (nytimes-5, a CollectionPage;
    // yahoo-2, a headline list); Gloss must not treat home pages as articles.
    for (const m of r.readerableMismatches) {
      expect(m.reasons.some((x) => /^(headline-list|jsonld:(collectionpage|itemlist))/.test(x)), m.page).toBe(true);
    }
    expect(r.readerableAgreement).toBeGreaterThanOrEqual(0.95);
    expect(r.dateMismatches).toEqual([]);
    expect(r.datesFound).toBe(r.datesWithGold);
  });
});
