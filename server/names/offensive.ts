/**
 * The one offensive-name check, used by every schema through which a name enters (nicknames in
 * games, challenges and classes; class session titles): see `nameSchema` in
 * server/protocol/schemas.ts. It reads the name three ways and refuses it if any reading holds
 * a word from obscenity's English list (which already sees through leetspeak, repeated
 * letters and some confusables, and knows Scunthorpe-type whitelists):
 * 1. the name as written, after `skeleton` (NFKD, marks dropped, Greek/Cyrillic lookalikes);
 * 2. the same with runs of one- and two-letter pieces glued together, so "f u c k", "f.u.c.k",
 *    "f_u_c_k" and "fu ck" read as one word, while "Tess Hit" stays two words (gluing every
 *    piece would turn ordinary pairs of names into rude words);
 * 3. the same with digits read as letters where obscenity does not (6 and 9 as g, 8 as b).
 * Digits that end a piece are a number, not letters ("Sam55", "p1-717", "A80" are not disguises):
 * they are dropped before reading, while digits inside a word ("5h1t", "f4ck") are read.
 */
import { DataSet, englishDataset, englishRecommendedTransformers, pattern, RegExpMatcher } from "obscenity";
import { skeleton } from "./confusables";

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  // The list's own "fuck" refuses "Fukuda" and "Fukushima" (|fuk) and the surname Fu (|fu|).
  .removePhrasesIf((p) => p.metadata?.originalWord === "fuck")
  .addPhrase((p) =>
    p
      .setMetadata({ originalWord: "fuck" })
      .addPattern(pattern`f[?]ck`)
      .addPattern(pattern`|fk|`)
      .addPattern(pattern`|fuk|`)
      .addPattern(pattern`|fuks|`)
      .addPattern(pattern`|fuq|`)
      .addPattern(pattern`|fck|`)
      .addPattern(pattern`|phuck`)
      .addWhitelistedTerm("fick")
      .addWhitelistedTerm("kung-fu")
      .addWhitelistedTerm("kung fu"),
  )
  .addPhrase((p) => p.setMetadata({ originalWord: "shit" }).addPattern(pattern`|shyt`).addPattern(pattern`|sht|`));

const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });

/** Pieces of a name between separators (anything that is not a letter or digit). */
const SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Glue each run of two or more consecutive pieces of at most two characters. */
function glueShortPieces(text: string): string {
  const pieces = text.split(SEPARATORS).filter(Boolean);
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join(""));
    run = [];
  };
  for (const piece of pieces) {
    if ([...piece].length <= 2) run.push(piece);
    else {
      flush();
      out.push(piece);
    }
  }
  flush();
  return out.join(" ");
}

/** Each piece without the digits it ends with (a player number, a year...). */
const dropNumberEndings = (text: string) => text.replace(/\p{N}+(?=[^\p{L}\p{N}]|$)/gu, "");

const EXTRA_DIGITS: Record<string, string> = { "6": "g", "9": "g", "8": "b" };
const readDigits = (text: string) => text.replace(/[689]/g, (d) => EXTRA_DIGITS[d]);

/** Whether a name (nickname or title) holds an offensive word, however disguised. */
export function isOffensiveName(name: string): boolean {
  const plain = skeleton(name);
  const glued = dropNumberEndings(glueShortPieces(plain));
  return [dropNumberEndings(plain), glued, readDigits(glued)].some((reading) => matcher.hasMatch(reading));
}
