/** axe-core over a loaded page with the tags (WCAG 2.2 AA + best practices). */
import { AxeBuilder } from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeOvertreding = AxeResults['violations'][number];

/**
 * Returns the violations (expect an empty list). `negeer` switches rules off: every rule in it needs a
 * comment at the call site saying why.
 */
export async function axeScan(page: Page, negeer: string[] = []): Promise<AxeOvertreding[]> {
  // Only violations: skipping the details of passes and incomplete checks roughly halves the run time.
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] });
  if (negeer.length) builder = builder.disableRules(negeer);
  const result = await builder.analyze();
  return result.violations;
}

/** One readable line per violation and node, for assertion messages. */
export function beschrijfAxe(overtredingen: AxeOvertreding[]): string[] {
  return overtredingen.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? v.help}`),
  );
}
