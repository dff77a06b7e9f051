/// <reference types="astro/client" />

// Plain `tsc` (npm run check) does not know .astro files; Astro's own tooling types them. This lets the
// few .ts files that import components (src/components/mdx.ts) type-check.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
