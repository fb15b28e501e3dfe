import { describe, expect, it } from "vitest";
import { analyse, countSyllables, fleschDouma, isLongWord, replacePlaceholders, splitSentences, splitWords } from "./readability";

describe("countSyllables", () => {
  // Hand-counted, the way a Dutch speaker claps them.
  it.each([
    ["werk", 1],
    ["zee", 1],
    ["uw", 1],
    ["nieuw", 1],
    ["leeuw", 1],
    ["mij", 1],
    ["bijstand", 2], // bij-stand
    ["meedoen", 2], // mee-doen
    ["ruimte", 2], // ruim-te
    ["mooie", 2], // moo-ie
    ["auto", 2], // au-to
    ["gemeente", 3], // ge-meen-te
    ["uitkering", 3], // uit-ke-ring
    ["bijvoorbeeld", 3], // bij-voor-beeld
    ["bioscoop", 3], // bi-os-coop: "io" is two vowels
    ["actueel", 3], // ac-tu-eel
    ["ideeën", 3], // i-dee-ën: the diaeresis starts a syllable
    ["één", 1], // accents do not split, a diaeresis does
    ["situatie", 4], // si-tu-a-tie
    ["werkzoekende", 4], // werk-zoe-ken-de
    ["financiële", 5], // fi-nan-ci-ë-le
    ["inlichtingenplicht", 5], // in-lich-tin-gen-plicht
    ["re-integratie", 5], // re-in-te-gra-tie: a hyphen is a boundary
    ["e-mailadres", 4], // e-mail-a-dres: "ai" in loans is one vowel
    ["WW", 2], // spelled out: wee-wee
    ["UWV", 3], // u-wee-vee
    ["zzp", 3], // no vowel: spelled out
    ["2027", 1], // a number is read at a glance
  ] as const)("%s has %i", (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it("treats 4 syllables as a long word", () => {
    expect(isLongWord("gemeente")).toBe(false);
    expect(isLongWord("werkzoekende")).toBe(true);
  });
});

describe("splitSentences", () => {
  it("splits at . ! ? and line breaks, not at colons or abbreviations", () => {
    expect(splitSentences("Twijfelt u? Vraag het ons. Dat kost niets!")).toEqual(["Twijfelt u?", "Vraag het ons.", "Dat kost niets!"]);
    expect(splitSentences("Neem mee: uw paspoort, bijv. een ID-kaart. Klaar")).toEqual(["Neem mee: uw paspoort, bijv. een ID-kaart.", "Klaar"]);
    expect(splitSentences("Eerste regel\nTweede regel")).toEqual(["Eerste regel", "Tweede regel"]);
    expect(splitSentences("Ga naar werk.nl om te zoeken.")).toHaveLength(1);
  });
});

describe("splitWords", () => {
  it("keeps compounds whole and reads a phone number or date as one word", () => {
    expect(splitWords("Bel (gratis) 06 1234 5678, of mail naar re-integratie@x.nl.")).toEqual([
      "Bel",
      "gratis",
      "06 1234 5678",
      "of",
      "mail",
      "naar",
      "re-integratie@x.nl",
    ]);
    expect(splitWords("Mbo niveau 2, 3 of 4")).toEqual(["Mbo", "niveau", "2", "3", "of", "4"]);
    expect(splitWords(" – ")).toEqual([]);
  });
});

describe("analyse", () => {
  it("computes the figures of a text by hand", () => {
    // "Bel ons als u hulp wilt." = 6 words, 6 syllables. "Wij helpen u graag." = 4 words,
    // wij-hel-pen-u-graag = 5 syllables. 10 words, 11 syllables, 2 sentences.
    const stats = analyse("Bel ons als u hulp wilt. Wij helpen u graag.");
    expect(stats).toMatchObject({ sentences: 2, words: 10, syllables: 11, longWords: 0, averageSentenceLength: 5 });
    expect(stats.fleschDouma).toBeCloseTo(206.835 - 0.93 * 5 - 77 * 1.1, 6);
    expect(stats.longestSentence).toEqual({ words: 6, text: "Bel ons als u hulp wilt." });
  });

  it("ranks a plain sentence above a bureaucratic one", () => {
    const plain = analyse("Geef het ons door als u gaat werken. Dan krijgt u niet te veel geld.");
    const bureaucratic = analyse(
      "Belanghebbende is gehouden om onverwijld alle informatie te verstrekken die redelijkerwijs van invloed kan zijn op de verlening van de bijstandsuitkering.",
    );
    expect(plain.fleschDouma).toBeGreaterThan(80);
    expect(bureaucratic.fleschDouma).toBeLessThan(40);
    expect(plain.longWordShare).toBe(0);
    expect(bureaucratic.longWordShare).toBeGreaterThan(0.15);
  });

  it("ends a sentence at the end of every text in a list", () => {
    expect(analyse(["Uw gegevens", "Wij bewaren ze goed."]).sentences).toBe(2);
  });

  it("returns zeros for empty text instead of dividing by zero", () => {
    expect(analyse("")).toMatchObject({ sentences: 0, words: 0, fleschDouma: 0, longWordShare: 0 });
    expect(fleschDouma(0, 0, 0)).toBe(0);
  });
});

describe("replacePlaceholders", () => {
  it("counts a placeholder as one ordinary word", () => {
    const text = replacePlaceholders("Bel het {{servicepunt}} op {{ phone }}.");
    expect(text).toBe("Bel het Anna op Anna.");
    expect(splitWords(text)).toHaveLength(5);
  });
});
