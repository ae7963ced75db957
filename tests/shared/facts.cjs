// What the tests need to know about the app, read from the facts the build writes
// (`target/facts.json`, from `crossroads_core`: see xtask/src/facts.rs) rather than restated:
// the quiz's order and keying, the routes, the storage key and schema version. Shared by the
// Chromium suite (tests/e2e), the cross-engine suite (tests/engines) and the benchmark.
// CommonJS, because Playwright's TypeScript and plain Node ESM both load it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const FILE = path.resolve(__dirname, '../../target/facts.json');

let cached;
/** The build's facts; a clear error when no build has written them yet. */
function facts() {
  if (!cached) {
    if (!fs.existsSync(FILE)) throw new Error(`${FILE} is missing: build the app first (cargo xtask dist)`);
    cached = JSON.parse(fs.readFileSync(FILE, 'utf8'));
  }
  return cached;
}

/**
 * The quiz's questions in the order it asks them: statements as
 * `{ kind: 'statement', id, theme, scale, keyed, wording, counts_on, na, opposite, digits }`
 * (`counts_on` is null for a self-rating, which moves neither score; `digits[p]` is the answer
 * digit that gives `p` points on the statement's scale), either-or questions as
 * `{ kind: 'choice', id, theme, digits: { management, technical } }`.
 */
function quizContent() {
  return facts().quiz.questions;
}

/**
 * The answer digit that gives a statement `points` (0-4) on its own scale (reversed statements
 * score the other way round), or the digit of a choice's option for `track`, as the build says.
 */
function digitFor(item, points) {
  return item.digits[points];
}

/** The digit of an either-or question's option for `scale`, or undefined if it has none. */
function choiceDigit(item, scale) {
  return item.digits[scale];
}

/**
 * The digit someone with `lean` (points 0-4 per scale: `{ management, technical, leadership }`)
 * gives: a statement its scale's points, an either-or question the option of the scale they
 * lean to most among the two it offers (the first on a tie).
 */
function answerFor(item, lean) {
  if (item.kind === 'statement') return digitFor(item, lean[item.scale]);
  const [first, second] = Object.keys(item.digits).sort((a, b) => item.digits[a] - item.digits[b]);
  return item.digits[lean[second] > lean[first] ? second : first];
}

/**
 * A lean on the three scales; leadership defaults to the lower of the two others, so a manager
 * or an engineer does not also want to lead technical work without reports.
 */
function lean(management, technical, leadership = Math.min(management, technical)) {
  return { management, technical, leadership };
}

/**
 * A finished quiz as stored data, in the layout of schema version 2 (the app reads every earlier
 * version, so this stays valid as the schema grows): every statement gives its scale the lean's
 * points (0-4; see `lean`, leadership the lower of the two others unless given), and the
 * either-or questions favour the higher of their two. `history` holds earlier finished attempts
 * as stored (`{ finished_at, answers, outcome, management, technical, question_set }`, oldest
 * first).
 */
function finishedEnvelope(management, technical, recent = [], history = [], leadership = undefined) {
  const answers = {};
  const items = quizContent();
  const wants = lean(management, technical, leadership);
  for (const q of items) answers[q.id] = answerFor(q, wants);
  return {
    app: 'crossroads',
    version: 2,
    saved_at: '2026-11-22T10:00:00.000Z',
    data: { quiz: { answers, step: items.length, recent }, history, shortlist: [] },
  };
}

module.exports = { facts, quizContent, digitFor, choiceDigit, answerFor, lean, finishedEnvelope };
