import type { Bewaard, Reden, Stap, Uitkomst } from './verstuur.ts';
import { LEEG, type Veld, type VeldFout, type Waarden } from './waarden.ts';
import type { SchoneFoto } from './fotos/maak.ts';

/** A cleaned photo in the form, with a number of its own (for its remove button and the retry check). */
export interface GekozenFoto extends SchoneFoto {
  id: number;
}

/**
 * The form's state as a pure reducer: what is typed, what is wrong, where sending stands.
 * Typed text is only cleared when the receipt is shown (or the reporter starts a new melding),
 * never on a failure.
 */
export interface Toestand {
  fase: 'invullen' | 'bezig' | 'ontvangen' | 'mislukt';
  stap: Stap | null;
  waarden: Waarden;
  fouten: VeldFout[];
  /** Counts submit attempts with errors, so the summary takes focus again on every attempt. */
  poging: number;
  /** The melding code, once received. */
  code: string | null;
  fout: { reden: Reden | 'browser'; bericht: string } | null;
  /** Ciphertext and code of an unacknowledged melding, kept in memory only for a retry. */
  bewaard: Bewaard | null;
  /** Cleaned photos, in memory only; they go with the receipt like the typed text. */
  fotos: GekozenFoto[];
  /** Why chosen files were refused, as sentences shown next to the field (until the next choice). */
  fotoFouten: string[];
  /** Photos are being cleaned: sending waits for them. */
  fotoBezig: boolean;
  /** Next photo id. */
  fotoTeller: number;
}

export type Actie =
  | { type: 'wijzig'; veld: Veld; waarde: string }
  /** Values found in the DOM at hydration (typed before the island woke up). */
  | { type: 'herstel'; waarden: Partial<Waarden> }
  | { type: 'ongeldig'; fouten: VeldFout[] }
  | { type: 'start' }
  | { type: 'stap'; stap: Stap }
  | { type: 'uitkomst'; uitkomst: Uitkomst }
  | { type: 'browser'; bericht: string }
  | { type: 'nieuw' }
  | { type: 'fotos_kiezen' }
  | { type: 'foto_erbij'; foto: SchoneFoto }
  | { type: 'fotos_klaar'; fouten: string[] }
  | { type: 'foto_weg'; id: number };

export const BEGIN: Toestand = { fase: 'invullen', stap: null, waarden: LEEG, fouten: [], poging: 0, code: null, fout: null, bewaard: null, fotos: [], fotoFouten: [], fotoBezig: false, fotoTeller: 1 };

export function verwerk(t: Toestand, a: Actie): Toestand {
  switch (a.type) {
    case 'wijzig':
      // While sending, the fields are read-only in spirit: ignore changes so what is sent is what was shown.
      if (t.fase === 'bezig' || t.fase === 'ontvangen') return t;
      return { ...t, waarden: { ...t.waarden, [a.veld]: a.waarde } };
    case 'herstel':
      if (t.fase !== 'invullen') return t;
      return { ...t, waarden: { ...t.waarden, ...a.waarden } };
    case 'ongeldig':
      return { ...t, fase: 'invullen', stap: null, fouten: a.fouten, poging: t.poging + 1, fout: null };
    case 'start':
      if (t.fase === 'bezig') return t;
      return { ...t, fase: 'bezig', stap: null, fouten: [], fout: null };
    case 'stap':
      return t.fase === 'bezig' ? { ...t, stap: a.stap } : t;
    case 'uitkomst':
      if (a.uitkomst.soort === 'ontvangen') {
        // The receipt replaces the form in the same render: only now does the typed text go.
        return { ...BEGIN, fase: 'ontvangen', code: a.uitkomst.code, poging: t.poging };
      }
      return {
        ...t,
        fase: 'mislukt',
        stap: null,
        fout: { reden: a.uitkomst.reden, bericht: a.uitkomst.bericht },
        bewaard: a.uitkomst.bewaard ?? t.bewaard,
      };
    case 'browser':
      return { ...t, fase: 'mislukt', stap: null, fout: { reden: 'browser', bericht: a.bericht } };
    case 'nieuw':
      return { ...BEGIN, poging: t.poging };
    case 'fotos_kiezen':
      if (t.fase === 'bezig' || t.fase === 'ontvangen') return t;
      return { ...t, fotoBezig: true, fotoFouten: [] };
    case 'foto_erbij':
      if (t.fase === 'bezig' || t.fase === 'ontvangen') return t;
      return { ...t, fotos: [...t.fotos, { ...a.foto, id: t.fotoTeller }], fotoTeller: t.fotoTeller + 1 };
    case 'fotos_klaar':
      return { ...t, fotoBezig: false, fotoFouten: a.fouten };
    case 'foto_weg':
      if (t.fase === 'bezig' || t.fase === 'ontvangen') return t;
      return { ...t, fotos: t.fotos.filter((f) => f.id !== a.id), fotoFouten: [] };
  }
}
