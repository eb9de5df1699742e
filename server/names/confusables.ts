/**
 * Letters from other scripts that look like Latin ones, for the offensive-name check only (the
 * name is stored as typed). NFKD already folds fullwidth, mathematical, circled and ligature
 * forms and splits accents off; this map covers what NFKD leaves: Greek and Cyrillic lookalikes
 * and a few Latin letters with built-in strokes.
 */
const CAPITAL_LOOKALIKES: Record<string, string> = {
  // Capitals that look unlike their lower case (Greek Η is an H, η an n)
  Α: "a", Β: "b", Ε: "e", Ζ: "z", Η: "h", Ι: "i", Κ: "k", Μ: "m", Ν: "n", Ο: "o", Ρ: "p", Τ: "t", Υ: "y", Χ: "x",
  А: "a", В: "b", Е: "e", К: "k", М: "m", Н: "h", О: "o", Р: "p", С: "c", Т: "t", Х: "x", Ѕ: "s", І: "i", Ј: "j",
};

const LOOKALIKES: Record<string, string> = {
  // Greek
  α: "a", β: "b", γ: "y", δ: "d", ε: "e", ζ: "z", η: "n", ι: "i", κ: "k", λ: "l", μ: "u", ν: "v",
  ο: "o", ρ: "p", σ: "o", ς: "s", τ: "t", υ: "u", φ: "o", χ: "x", ω: "w", ϲ: "c", ϳ: "j",
  // Cyrillic
  а: "a", б: "b", в: "b", г: "r", д: "d", е: "e", з: "3", и: "u", к: "k", л: "n", м: "m", н: "h",
  о: "o", п: "n", р: "p", с: "c", т: "t", у: "y", х: "x", ц: "u", ч: "y", ш: "w", щ: "w", ь: "b",
  ы: "bi", ѕ: "s", і: "i", ј: "j", ԁ: "d", ԛ: "q", ԝ: "w", ү: "y", һ: "h", ӏ: "l",
  // Latin letters NFKD does not take apart
  ı: "i", ł: "l", ø: "o", đ: "d", ħ: "h", ŧ: "t", ƒ: "f", ɡ: "g", ß: "ss", æ: "ae", œ: "oe",
};

/** Zero-width and other invisible format characters, and combining marks once NFKD split them off. */
const INVISIBLE_OR_MARK = /[\p{Cf}\p{M}]/gu;

/** The text as the offensive-name check reads it: NFKD, no marks, lower case, lookalikes mapped. */
export function skeleton(text: string): string {
  let lower = "";
  for (const ch of text.normalize("NFKD").replace(INVISIBLE_OR_MARK, "")) lower += CAPITAL_LOOKALIKES[ch] ?? ch.toLowerCase();
  let out = "";
  for (const ch of lower) out += LOOKALIKES[ch] ?? ch;
  return out;
}
