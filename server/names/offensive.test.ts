import { describe, expect, it } from "vitest";
import { isOffensiveName } from "./offensive";

/** Disguised offensive names, by the trick they use. Every one must be refused. */
const DISGUISED: Record<string, string[]> = {
  plain: ["fuck", "FUCK YOU", "shithead", "asshole", "bitch", "motherfucker", "cunt", "wanker"],
  spaced: ["f u c k", "s h i t", "a s s h o l e", "b i t c h", "fu ck", "c u n t"],
  dotted: ["f.u.c.k", "s.h.i.t", "b.i.t.c.h", "f. u. c. k", "c.u.n.t"],
  underscores: ["f_u_c_k", "s_h_i_t", "b_i_t_c_h", "f-u-c-k", "f'u'c'k"],
  leetspeak: ["fvck", "f4ck", "5h1t", "sh1t", "b1tch", "a55hole", "c0ck", "phuck", "fuk", "wank3r", "b!tch", "$hit", "f u c k 3 r"],
  greekAndCyrillic: ["fυck", "fцck", "ѕhіt", "αsshole", "ΒΙΤCΗ", "сunt", "fυ сk"],
  fullwidthAndStyled: ["ｆｕｃｋ", "ＳＨＩＴ", "𝐟𝐮𝐜𝐤", "ⓕⓤⓒⓚ", "𝓼𝓱𝓲𝓽"],
  combiningMarks: ["f\u0336u\u0336c\u0336k\u0336", "fúck", "s\u0301h\u0301i\u0301t\u0301", "ƒuck", "fu\u200Bck"],
  mixed: ["F.4.C.K", "5 h 1 t", "ƒ_ц_c_k", "b 1 7 c h", "a$$ h0le"],
};

/** Ordinary names from many languages, including Scunthorpe-type traps. Every one must pass. */
const ORDINARY = [
  // Numbers that end a name are numbers, not leetspeak.
  "Sam55", "A80", "p1-717", "Alex 455", "B2005",
  // English and traps inside words
  "Cassandra", "Hancock", "Sussex", "Scunthorpe", "Peacock", "Hitchcock", "Dickens", "Cumberbatch",
  "Sexton", "Titus", "Bastian", "Shitake lover", "Analysis", "Grape", "Therapist", "Cocktail",
  "Classic Ada", "Assassin's Creed fan", "Passmore", "Tess Hit",
  // Arabic, Hebrew, Persian
  "Assad", "Fatima", "محمد", "Yusuf", "Noor", "דוד", "Shira", "Dariush",
  // Japanese, Chinese, Korean
  "Matsushita", "Fukuda", "Fukushima", "Shinji", "さくら", "王伟", "Li Na", "Xu Fei", "Fu Hao", "김민준", "Ji-woo",
  // European
  "José", "Zoë", "Françoise", "Jürgen", "Ståle", "Łukasz", "Dvořák", "Małgorzata", "Seán", "Niamh",
  "Björk", "Αλέξανδρος", "Νίκος", "Сергей", "Анастасия", "Kuntz", "Assunta", "Van Dyke",
  // South Asian, African, Pacific
  "प्रिया", "Anil", "Sunita", "Chidi", "Ngozi", "Kwame", "Oluwaseun", "Tāne", "Mahina", "Nguyễn Văn An",
  // Nicknames with digits and separators
  "Ada_99", "Player.One", "Mo-Salah", "O'Brien", "R2 D2", "Sam 2",
];

describe("the offensive-name check", () => {
  const cases = Object.entries(DISGUISED).flatMap(([kind, names]) => names.map((name) => ({ kind, name })));

  it("has a corpus of the required size", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(ORDINARY.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases)("refuses $kind: $name", ({ name }) => {
    expect(isOffensiveName(name)).toBe(true);
  });

  it.each(ORDINARY)("keeps the ordinary name %s", (name) => {
    expect(isOffensiveName(name)).toBe(false);
  });

  it("refuses 'Dick' as a word (in a classroom it is the insult far more often than the name)", () => {
    expect(isOffensiveName("Dick Grayson")).toBe(true);
    expect(isOffensiveName("Dickens")).toBe(false);
  });
});
