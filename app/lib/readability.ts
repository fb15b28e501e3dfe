/**
 * Readability figures for Dutch text: sentence length, long words and the Flesch-Douma score.
 *
 * Why: residents read our texts on a cheap phone, often with little Dutch, sometimes afraid of
 * what the municipality writes. We promise plain Dutch at level B1. A formula cannot judge
 * whether a text is clear, but it reliably catches the two things that make Dutch hard to read:
 * long sentences and long (compound) words. The locale test runs these figures over every
 * Dutch text, so a new text that slides back into "ambtelijk" Dutch is caught at review time.
 *
 * Everything here is a heuristic, tuned for short interface texts. It has no dependencies so
 * it runs the same in Vitest, on the server and (if ever needed) in the browser.
 */

/** A word with this many syllables or more counts as a long word. See `isLongWord`. */
export const LONG_WORD_SYLLABLES = 4;

export interface ReadabilityStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Words with `LONG_WORD_SYLLABLES` syllables or more. */
  longWords: number;
  /** words / sentences */
  averageSentenceLength: number;
  /** syllables / words */
  averageSyllablesPerWord: number;
  /** longWords / words, 0..1 */
  longWordShare: number;
  /** The sentence with the most words (the first one, on a tie). */
  longestSentence: { words: number; text: string };
  /** 206.835 − 0.93 × words/sentences − 77 × syllables/words; higher is easier. */
  fleschDouma: number;
}

// ---------------------------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------------------------

// Dutch abbreviations that end in a full stop but do not end a sentence ("bijv. een baan").
// Compared in lower case, without the final full stop.
const ABBREVIATIONS = new Set([
  "bijv", "bv", "b.v", "o.a", "d.w.z", "enz", "etc", "nr", "art", "blz", "ca", "t.a.v", "m.b.t",
  "z.s.m", "evt", "incl", "excl", "i.p.v", "o.b.v", "mr", "dhr", "mevr", "min", "max", "jl", "vs",
  "t/m", "m.i.v", "e.d", "a.u.b", "tel",
]);

const OPENING_PUNCTUATION = /^[("'‘“«\[]+/;
const CLOSING_PUNCTUATION = /[)"'’”»\]]+$/;

function isAbbreviation(token: string): boolean {
  const bare = token.replace(OPENING_PUNCTUATION, "").replace(CLOSING_PUNCTUATION, "").replace(/\.$/, "").toLowerCase();
  // A single letter with a full stop is an initial ("A. de Vries"), not the end of a sentence.
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare);
}

/**
 * Splits a text into sentences. A sentence ends at `.`, `!` or `?` followed by a space, and at
 * a line break (list items and headings are read as separate units). Not at a colon or a
 * semicolon: "Bijvoorbeeld: …" continues the sentence, and the reader experiences it as one.
 * A full stop after a known abbreviation, or followed by a word in lower case, does not end a
 * sentence ("bijv. een baan", "werk.nl is weg" has no space after the dot anyway).
 * The end of the text always ends a sentence, so a label without a full stop counts as one.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of text.split(/\r?\n+/)) {
    const tokens = line.split(/\s+/).filter(Boolean);
    let current: string[] = [];
    tokens.forEach((token, i) => {
      current.push(token);
      const bare = token.replace(CLOSING_PUNCTUATION, "");
      const next = tokens[i + 1];
      let ends = false;
      if (/[!?]$/.test(bare)) ends = true;
      else if (/\.$/.test(bare) && !/^\.+$/.test(bare)) {
        const nextStartsLower = next !== undefined && /^[("'‘“«]*\p{Ll}/u.test(next);
        ends = !isAbbreviation(token) && !nextStartsLower;
      }
      if (ends) {
        sentences.push(current.join(" "));
        current = [];
      }
    });
    if (current.length > 0) sentences.push(current.join(" "));
  }
  // A sentence that holds no word (a stray "–" or "…") is not a sentence.
  return sentences.filter((s) => splitWords(s).length > 0);
}

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

const NUMBER = /^[+\-–]?\d[\d.,:/\-–]*$/;

/**
 * Splits text into words: runs of non-space characters with the punctuation around them
 * stripped, that contain a letter or a digit. A hyphenated compound ("e-mail",
 * "re-integratie") is one word, because a reader takes it in as one.
 * Numbers next to each other form one word: "06 1234 5678" or "31 3 2027" is read as one
 * phone number or date, not as three words (which would make a text look easier than it is).
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let previousWasNumber = false;
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\p{N}]+/u, "").replace(/[^\p{L}\p{N}]+$/u, "");
    if (!/[\p{L}\p{N}]/u.test(token)) {
      // A lone dash or bracket does not break up a number, a comma after a number does.
      if (/[.,;:!?]/.test(raw)) previousWasNumber = false;
      continue;
    }
    const isNumber = NUMBER.test(token);
    if (isNumber && previousWasNumber) {
      words[words.length - 1] += ` ${token}`;
    } else {
      words.push(token);
    }
    // "2, 3 of 4": a number followed by a comma ends the run.
    previousWasNumber = isNumber && !/[,;:.!?]$/.test(raw);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Syllables
// ---------------------------------------------------------------------------------------------

// Vowel letter combinations that Dutch pronounces as one syllable: long vowels, diphthongs and
// the "-aai/-ooi/-oei/-eeuw/-ieuw" clusters. Longest first, because a vowel group is cut into
// these units greedily: "ooie" (mooie) = "ooi" + "e" = 2 syllables. "ij" needs no entry: the
// "j" is not a vowel letter, so "ij" is already one group. "eau" (cadeau) and "ai" (mail,
// trainen) come with loans; a Dutch a-i that is two syllables is written "aï" (naïef).
const ONE_SYLLABLE_CLUSTERS = [
  "aai", "ooi", "oei", "eeu", "ieu", "eau",
  "aa", "ee", "oo", "uu", "ie", "oe", "eu", "ei", "ui", "ou", "au", "ai",
];
const VOWEL_LETTERS = new Set(["a", "e", "i", "o", "u", "y"]);
const DIAERESIS = "\u0308";

/** Syllables in one group of adjacent vowel letters, e.g. "ua" (situatie) = 2, "oei" = 1. */
function syllablesInVowelGroup(group: string): number {
  let count = 0;
  let i = 0;
  while (i < group.length) {
    const cluster = ONE_SYLLABLE_CLUSTERS.find((c) => group.startsWith(c, i));
    i += cluster ? cluster.length : 1;
    count += 1;
  }
  return count;
}

/** Syllables in one part of a word without hyphens. */
function syllablesInPart(part: string): number {
  if (!/\p{L}/u.test(part)) return part.length > 0 ? 1 : 0;
  // Abbreviations are spelled out letter by letter: "WW" = wee-wee, "UWV" = u-wee-vee, "zzp".
  // All capitals of 2–4 letters, or no vowel at all. (A shouted "NIET" would be miscounted;
  // we do not write in capitals.)
  const letters = part.replace(/[^\p{L}]/gu, "");
  if ((letters.length >= 2 && letters.length <= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) ||
      !/[aeiouyáàâäéèêëíìîïóòôöúùûüý]/i.test(letters)) {
    return Math.max(1, letters.length);
  }

  // Decompose accents: é, è, ê … become a plain vowel (one syllable, "één" = "een"), but a
  // diaeresis (ë, ï, ö, ü, ä) is the Dutch sign for "a new syllable starts here" (ideeën,
  // geïnteresseerd, coöperatie), so it splits a vowel group.
  const chars = [...part.toLowerCase().normalize("NFD")];
  let count = 0;
  let group = "";
  const flush = () => {
    if (group) count += syllablesInVowelGroup(group);
    group = "";
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\p{M}/u.test(ch)) continue;
    if (VOWEL_LETTERS.has(ch)) {
      if (chars[i + 1] === DIAERESIS) flush();
      group += ch;
    } else {
      flush();
    }
  }
  flush();
  return Math.max(1, count);
}

/**
 * Estimates the number of syllables of a Dutch word by counting vowel groups.
 *
 * A group of adjacent vowel letters is one syllable when it is a Dutch long vowel or diphthong
 * (aa ee oo uu ie oe eu ij ei ui ou au, and aai ooi oei eeuw ieuw), and otherwise one syllable
 * per vowel: "situatie" = si-tu-a-tie = 4, "bioscoop" = bi-os-coop = 3, "actueel" = 3.
 * Hyphens are syllable boundaries ("re-integratie" = 5). Numbers count as 1 syllable: B1
 * guides tell writers to use digits because they are easy to read, and a reader takes a
 * number in at a glance. Known misses, acceptable for a text-level average: "museum" (2, is
 * 3), English loans with a silent e ("online" 3, is 2; "Servicepunt" 4, is 3).
 */
export function countSyllables(word: string): number {
  if (NUMBER.test(word.split(" ")[0] ?? "")) return 1;
  const total = word
    .split(/[-–]/)
    .filter(Boolean)
    .reduce((sum, part) => sum + syllablesInPart(part), 0);
  return Math.max(1, total);
}

/**
 * Why 4 syllables: Dutch glues words together, and the compounds that trouble B1 readers
 * ("inlichtingenplicht", "werkzoekende", "tegenprestatie") nearly all have 4 or more
 * syllables, while everyday words of 3 syllables ("gemeente", "bijvoorbeeld", "uitkering")
 * are easy. A letter count (> 6 letters, as in LIX) would flag "gemeente" and "spullen".
 */
export function isLongWord(word: string): boolean {
  return countSyllables(word) >= LONG_WORD_SYLLABLES;
}

// ---------------------------------------------------------------------------------------------
// Scores
// ---------------------------------------------------------------------------------------------

/**
 * Flesch-Douma (Douma 1960): Flesch's reading ease with constants fitted to Dutch, whose words
 * are longer than English ones. 206.835 − 0.93 × (words per sentence) − 77 × (syllables per
 * word). Roughly: ≥ 80 easy, 60–80 fairly easy (B1), 50–60 fairly hard, < 50 hard
 * (official letters typically score 30–50).
 */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words);
}

/**
 * Readability figures for one text or a set of texts. With a list, every text ends its own
 * sentence (a label and the paragraph after it are not one sentence), and the figures are
 * computed over all of them together, so short labels do not dominate the way a mean of
 * per-text scores would let them.
 */
export function analyse(texts: string | readonly string[]): ReadabilityStats {
  const list = typeof texts === "string" ? [texts] : texts;
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let longestSentence = { words: 0, text: "" };
  for (const text of list) {
    for (const sentence of splitSentences(text)) {
      const sentenceWords = splitWords(sentence);
      sentences += 1;
      words += sentenceWords.length;
      for (const word of sentenceWords) {
        const n = countSyllables(word);
        syllables += n;
        if (n >= LONG_WORD_SYLLABLES) longWords += 1;
      }
      if (sentenceWords.length > longestSentence.words) longestSentence = { words: sentenceWords.length, text: sentence };
    }
  }
  return {
    sentences,
    words,
    syllables,
    longWords,
    averageSentenceLength: sentences ? words / sentences : 0,
    averageSyllablesPerWord: words ? syllables / words : 0,
    longWordShare: words ? longWords / words : 0,
    longestSentence,
    fleschDouma: fleschDouma(words, sentences, syllables),
  };
}

/**
 * Replaces i18next placeholders ({{name}}) with a stand-in before measuring. The value is not
 * known when the text is written (a municipality's name may be one long word or three), so a
 * placeholder counts as one ordinary word: "Anna", 2 syllables, the Dutch average is ~1.6–1.8.
 */
export function replacePlaceholders(text: string, standIn = "Anna"): string {
  return text.replace(/\{\{\s*[\w.-]+\s*\}\}/g, standIn);
}
