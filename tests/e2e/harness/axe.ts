/**
 * axe-core over a loaded page with the tags (WCAG 2.2 AA + best practices).
 *
 * axe runs straight in the page (its source evaluated once per page, then axe.run): about 0.3 s a page
 * here, where @axe-core/playwright's AxeBuilder took 1.0-1.5 s, most of it opening a blank page per scan
 * to finish its cross-frame run. Our pages have no iframes, so there is nothing to stitch together.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeOvertreding = AxeResults['violations'][number];

const AXE_BRON = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Returns the violations (expect an empty list). `negeer` switches rules off: every rule in it needs a
 * comment at the call site saying why.
 */
export async function axeScan(page: Page, negeer: string[] = []): Promise<AxeOvertreding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_BRON);
  const opties: RunOptions = {
    runOnly: { type: 'tag', values: AXE_TAGS },
    // Only violations: skipping the details of passes and incomplete checks roughly halves the run time.
    resultTypes: ['violations'],
    rules: Object.fromEntries(negeer.map((r) => [r, { enabled: false }])),
  };
  return page.evaluate(async (o) => {
    const axe = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe;
    return (await axe.run(document, o)).violations;
  }, opties as Record<string, unknown>);
}

/** One readable line per violation and node, for assertion messages. */
export function beschrijfAxe(overtredingen: AxeOvertreding[]): string[] {
  return overtredingen.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? v.help}`),
  );
}
