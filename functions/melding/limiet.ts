/**
 * A cap on accepted meldingen per minute, for the whole function (no per-sender state: we keep no IP).
 * Sliding window of acceptance times.
 */
export class Limiet {
  #tijden: number[] = [];
  readonly perMinuut: number;
  constructor(perMinuut: number) {
    this.perMinuut = perMinuut;
  }
  #schoon(nu: number): void {
    while (this.#tijden.length && this.#tijden[0]! <= nu - 60_000) this.#tijden.shift();
  }
  /** Whether one more melding fits now (without counting it). */
  ruimte(nu: number): boolean {
    this.#schoon(nu);
    return this.#tijden.length < this.perMinuut;
  }
  /** Seconds until there is room again (for Retry-After). */
  wachtSeconden(nu: number): number {
    this.#schoon(nu);
    const oudste = this.#tijden[0];
    return oudste === undefined ? 0 : Math.max(1, Math.ceil((oudste + 60_000 - nu) / 1000));
  }
  tel(nu: number): void {
    this.#tijden.push(nu);
  }
  /** Takes back one count, when a melding counted a moment ago was not accepted after all. */
  geefTerug(): void {
    this.#tijden.pop();
  }
}
