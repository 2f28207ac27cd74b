import * as fs from 'node:fs';
import * as path from 'node:path';
import { scorePlanText, type ExpectedFacts } from '../plan-document';

const USAGE = 'Usage: npm run -s plan:check -- <folder|file.txt>...   (scores each <name>.txt against its <name>.expected.json)';

/** Every `<name>.txt` that has a `<name>.expected.json` beside it, in the given folders or files. */
export function expectedFactPairs(sources: readonly string[]): Array<{ text: string; facts: string }> {
  const texts = sources.flatMap((source) =>
    fs.statSync(source).isDirectory()
      ? fs.readdirSync(source).filter((name) => name.endsWith('.txt')).sort().map((name) => path.join(source, name))
      : [source],
  );
  return texts
    .map((text) => ({ text, facts: text.replace(/\.txt$/, '.expected.json') }))
    .filter((pair) => fs.existsSync(pair.facts));
}

/** Prints one line per document (hard misses, soft misses, facts held) and the misses; exit 1 when a hard fact fails. */
export function runPlanCheck(args: string[], out: (text: string) => void, err: (text: string) => void): number {
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    err(`${USAGE}\n`);
    return 2;
  }
  const missing = args.find((source) => !fs.existsSync(source));
  if (missing !== undefined) {
    err(`Cannot read ${missing}: no such file or folder.\n`);
    return 1;
  }
  let hardMisses = 0;
  let facts = 0;
  let held = 0;
  for (const pair of expectedFactPairs(args)) {
    const expected = JSON.parse(fs.readFileSync(pair.facts, 'utf8')) as ExpectedFacts;
    const score = scorePlanText(fs.readFileSync(pair.text, 'utf8'), expected);
    hardMisses += score.problems.length;
    facts += score.facts;
    held += score.held;
    out(`${path.basename(pair.text)}: ${score.held}/${score.facts} facts, ${score.problems.length} hard and ${score.softProblems.length} soft misses\n`);
    for (const problem of score.problems) out(`  ✗ ${problem}\n`);
    for (const problem of score.softProblems) out(`  ~ ${problem}\n`);
  }
  out(`total: ${held}/${facts} facts held (${facts === 0 ? 0 : ((100 * held) / facts).toFixed(1)}%)\n`);
  return hardMisses === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = runPlanCheck(process.argv.slice(2), (text) => process.stdout.write(text), (text) => process.stderr.write(text));
}
