import { laadActieveRegio } from './laad.ts';

/** The region this build is for (MELDWIJZER_REGIO, default de-bilt). Read once per build. */
export const regio = laadActieveRegio();
