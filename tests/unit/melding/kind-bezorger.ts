/**
 * Child process for crash.test.ts: runs the melding app on an existing spool and delivers to the SMTP URL
 * given, then exits once the spool is empty. The test kills it with SIGKILL in the middle of a delivery.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { createMeldingApp, type MeldingDeps } from '../../../functions/melding/app.ts';

const [spoolMap, smtpUrl, sleutelPad] = process.argv.slice(2) as [string, string, string];
const transport = nodemailer.createTransport(smtpUrl);
const app = await createMeldingApp({
  sleutel: readFileSync(sleutelPad, 'utf8'),
  transport: transport as unknown as MeldingDeps['transport'],
  spoolMap,
  aan: 'af@test.example',
  van: 'noreply@test.example',
  powGeheim: 'test-geheim',
  log: (r) => console.log(r),
  bezorging: { basisMs: 20, maxMs: 200 },
});
await app.start();
for (let i = 0; i < 3000; i++) {
  if (readdirSync(join(spoolMap, 'wacht')).length === 0) break;
  await new Promise((r) => setTimeout(r, 10));
}
await app.stop();
transport.close();
