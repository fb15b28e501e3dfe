import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse, replacePlaceholders, splitSentences, splitWords, type ReadabilityStats } from "~/lib/readability";

/*
 * Every Dutch text a resident can see must be plain Dutch at level B1 (domain brief: "Inclusion
 * is the product"). Dutch is also the legally binding text, so it is the one we measure. The
 * test reads every file in locales/nl/, so a namespace another team adds is checked too.
 *
 * The B1 target, per namespace file (figures over all its running texts together):
 *
 * - Flesch-Douma ≥ 60. Douma's scale puts 60–70 at "normal" and 70–80 at "fairly easy";
 *   B1 guides (Direct Duidelijk, Taalunie) aim at 60 or more. Official letters score 30–50.
 * - Average sentence length ≤ 15 words: the usual B1 rule of thumb ("gemiddeld niet meer dan
 *   15 woorden per zin"). Interface texts are short, so this mostly guards long paragraphs.
 * - No sentence longer than 25 words: beyond that, readers with little Dutch lose the
 *   beginning of the sentence before they reach the verb at the end.
 * - At most 12% long words (4 syllables or more, see `isLongWord`): the compounds that make
 *   Dutch official texts hard. Plain texts stay under 10%; 12% leaves room for words we
 *   cannot avoid (werkzoekende, inlichtingenplicht, klantmanager) when they are explained.
 *
 * And per text: no single text may hold a sentence of more than 25 words (the failure names
 * the key, so the writer knows what to rewrite).
 *
 * What counts as running text: a value with at least 4 words that contain a letter. Shorter
 * values are labels and options ("Ja", "Terug", "Tot 5 kilometer", "Mbo niveau 2, 3 of 4",
 * "Perzisch (Farsi)"); a formula says nothing useful about them. A {{placeholder}} counts as one
 * ordinary word (its value is not known here). Numbers next to each other ("06 1234 5678") are
 * one word.
 *
 * Do not loosen these numbers to make a new text pass: rewrite the text.
 */
const THRESHOLDS = {
  minFleschDouma: 60,
  maxAverageSentenceLength: 15,
  maxSentenceLength: 25,
  maxLongWordShare: 0.12,
};
const MIN_WORDS_WITH_LETTERS = 4;

const dutchDir = path.resolve(__dirname, "../../locales/nl");

function flatten(value: unknown, prefix = "", out = new Map<string, string>()): Map<string, string> {
  if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else if (typeof value === "string") {
    out.set(prefix, value);
  }
  return out;
}

function isRunningText(text: string): boolean {
  return splitWords(text).filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS_WITH_LETTERS;
}

const namespaces = readdirSync(dutchDir).filter((f) => f.endsWith(".json")).sort();
const files = namespaces.map((file) => {
  const all = flatten(JSON.parse(readFileSync(path.join(dutchDir, file), "utf8")));
  const texts = [...all]
    .map(([key, value]) => ({ key, text: replacePlaceholders(value) }))
    .filter(({ text }) => isRunningText(text));
  return { file, total: all.size, texts, stats: analyse(texts.map((t) => t.text)) };
});

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
function row(file: string, texts: string, s: ReadabilityStats): string {
  return [
    file.padEnd(20),
    texts.padStart(9),
    String(s.sentences).padStart(9),
    String(s.words).padStart(6),
    s.averageSentenceLength.toFixed(1).padStart(9),
    pct(s.longWordShare).padStart(10),
    String(s.longestSentence.words).padStart(8),
    s.fleschDouma.toFixed(1).padStart(8),
  ].join(" ");
}

describe("readability of the Dutch texts (B1)", () => {
  it("finds the Dutch locale files and their running texts", () => {
    expect(namespaces).toContain("common.json");
    for (const { file, texts } of files) expect(texts.length, file).toBeGreaterThan(0);

    // A small table for the reviewer; console.log, because console.error fails tests here.
    const header = [
      "file".padEnd(20),
      "texts".padStart(9),
      "sentences".padStart(9),
      "words".padStart(6),
      "words/sen".padStart(9),
      "≥4 syll.".padStart(10),
      "longest".padStart(8),
      "Douma".padStart(8),
    ].join(" ");
    const lines = files.map(({ file, total, texts, stats }) => row(file, `${texts.length}/${total}`, stats));
    const target = `target: Douma ≥ ${THRESHOLDS.minFleschDouma}, words/sentence ≤ ${THRESHOLDS.maxAverageSentenceLength}, longest ≤ ${THRESHOLDS.maxSentenceLength}, long words ≤ ${pct(THRESHOLDS.maxLongWordShare)}`;
    // The hardest texts per file (lowest score, 8 words or more), as a hint where to rewrite.
    const hardest = files.flatMap(({ file, texts }) =>
      texts
        .map(({ key, text }) => ({ key, text, stats: analyse(text) }))
        .filter(({ stats }) => stats.words >= 8)
        .sort((a, b) => a.stats.fleschDouma - b.stats.fleschDouma)
        .slice(0, 3)
        .map(({ key, stats }) => `  ${file} ${key}: Douma ${stats.fleschDouma.toFixed(0)}, ${stats.words} words, ${pct(stats.longWordShare)} long`),
    );
    console.log(["Readability of locales/nl", header, ...lines, target, "Hardest texts:", ...hardest].join("\n"));
  });

  describe.each(files)("$file", ({ file, texts, stats }) => {
    it(`has a Flesch-Douma score of at least ${THRESHOLDS.minFleschDouma}`, () => {
      expect(stats.fleschDouma, file).toBeGreaterThanOrEqual(THRESHOLDS.minFleschDouma);
    });

    it(`has sentences of at most ${THRESHOLDS.maxAverageSentenceLength} words on average`, () => {
      expect(stats.averageSentenceLength, file).toBeLessThanOrEqual(THRESHOLDS.maxAverageSentenceLength);
    });

    it(`has no sentence longer than ${THRESHOLDS.maxSentenceLength} words`, () => {
      expect(stats.longestSentence.words, `${file}: "${stats.longestSentence.text}"`).toBeLessThanOrEqual(THRESHOLDS.maxSentenceLength);
    });

    it(`has at most ${pct(THRESHOLDS.maxLongWordShare)} words of 4 syllables or more`, () => {
      expect(stats.longWordShare, file).toBeLessThanOrEqual(THRESHOLDS.maxLongWordShare);
    });

    it(`has no single text with a sentence of more than ${THRESHOLDS.maxSentenceLength} words`, () => {
      const tooLong = texts.flatMap(({ key, text }) =>
        splitSentences(text)
          .map((sentence) => ({ sentence, words: splitWords(sentence).length }))
          .filter(({ words }) => words > THRESHOLDS.maxSentenceLength)
          .map(({ sentence, words }) => `${key} (${words} words): ${sentence}`),
      );
      expect(tooLong).toEqual([]);
    });
  });
});
