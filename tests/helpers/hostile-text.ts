// Text an attacker, a careless paste or another language might put in any
// field: markup and script, template and Word field syntax, right-to-left
// text and overrides, emoji sequences, combining marks, characters XML cannot
// hold, and words too long for any line. Shared by the pack and UI tests.

/** Text that must come back exactly as typed: markup, template and field syntax, scripts of other languages, emoji. */
export const LEGAL = {
  script: '<script>window.__pwned=1;alert(1)</script>',
  image: '<img src=x onerror="window.__pwned=2">',
  cdata: 'x]]><![CDATA[y',
  entities: '&amp; &lt;b&gt; &#0; &#x8; &nbsp;',
  template: "{{constructor.constructor('alert(3)')()}} ${alert(4)}",
  fieldCode: '{ PAGE } { DATE \\@ "yyyy" } { HYPERLINK "javascript:alert(5)" }',
  rtl: 'Normal \u202Eesrever\u202C text, עברית ו\u200Fالعربية',
  emoji: 'Family 👩‍👩‍👧‍👦, flag 🇬🇧, thumbs 👍🏽',
  combining: 'Zalgo Z̷̢͈a̵l̶g̸o, cafe\u0301, n\u0303',
} as const;

/** Characters XML 1.0 cannot hold: control characters, the non-characters U+FFFE/U+FFFF and lone surrogates. */
export const ILLEGAL = 'Bell\u0007 back\u0008space vtab\u000B unit\u001F nonchar\uFFFE\uFFFF lone\uD800 low\uDC00 end';

/**
 * What is left of ILLEGAL once the characters XML forbids are dropped. SQLite
 * stores a lone surrogate as U+FFFD, which a PDF reader may give back as such,
 * as U+0000 (a font with no glyph for it) or with a space where the font changes.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is what a PDF reader may give back for a missing glyph
export const ILLEGAL_CLEANED = /Bell backspace vtab unit nonchar lone[\uFFFD\u0000 ]* low[\uFFFD\u0000 ]* end/;

/** One unbroken word of 5,000 letters. */
export const LONG_WORD = `Longword${'abcdefghij'.repeat(499)}zz`;

/** An unbroken word as long as a title may be (300 characters). */
export const TITLE_WORD = `Titleword${'klmnopqrst'.repeat(29)}`;

