import type { z } from 'astro/zod';

/** Turns a failed safeParse into readable `path: message` lines, one per problem. */
export function formatFouten(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const pad = issue.path.length ? issue.path.join('.') : '(hele bestand)';
      return `  ${pad}: ${issue.message}`;
    })
    .join('\n');
}
