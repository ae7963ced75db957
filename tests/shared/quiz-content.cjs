// The quiz's questions as the tests need them, read from `content/quiz.toml` itself so the
// tests follow the content: shared by the Chromium suite (tests/e2e) and the cross-engine suite
// (tests/engines). CommonJS, because Playwright's TypeScript and plain Node ESM both load it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/**
 * The questions of `content/quiz.toml`, in the order the quiz asks them: statements as
 * `{ kind: 'statement', id, scale, keyed, na }`, either-or questions as `{ kind: 'choice', id }`.
 */
function quizContent() {
  const text = fs.readFileSync(path.resolve(__dirname, '../../content/quiz.toml'), 'utf8');
  const items = [];
  for (const block of text.split(/^\[\[/m).slice(1)) {
    const id = /^id = "([^"]+)"/m.exec(block)?.[1];
    if (!id) continue;
    if (block.startsWith('statement]]')) {
      items.push({
        kind: 'statement',
        id,
        scale: /^scale = "([^"]+)"/m.exec(block)[1],
        keyed: /^keyed = "([^"]+)"/m.exec(block)?.[1] ?? 'agree',
        na: /^na = true/m.test(block),
      });
    } else if (block.startsWith('choice]]')) {
      items.push({ kind: 'choice', id });
    }
  }
  return items;
}

/**
 * The answer digit (1-5) that gives a statement `points` (0-4) on its own scale: reversed
 * statements score the other way round.
 */
function digitFor(item, points) {
  return item.keyed === 'agree' ? points + 1 : 5 - points;
}

/**
 * A finished quiz as stored data (schema v2): every statement gives its scale `management` or
 * `technical` points (0-4), and the either-or questions favour the higher one. `history` holds
 * earlier finished attempts as stored (`{ finished_at, answers, outcome, management, technical,
 * question_set }`, oldest first).
 */
function finishedEnvelope(management, technical, recent = [], history = []) {
  const answers = {};
  const items = quizContent();
  for (const q of items) {
    if (q.kind === 'statement') answers[q.id] = digitFor(q, q.scale === 'management' ? management : technical);
    else answers[q.id] = management >= technical ? 1 : 2;
  }
  return {
    app: 'crossroads',
    version: 2,
    saved_at: '2026-11-22T10:00:00.000Z',
    data: { quiz: { answers, step: items.length, recent }, history, shortlist: [] },
  };
}

module.exports = { quizContent, digitFor, finishedEnvelope };
