import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkAgainstExpectedFacts, type ExpectedFacts } from './expected-facts.checker';
import { parsePlanDocument } from './parse-plan-document';

const folders = [
  path.resolve(__dirname, '../../../../fixtures/plans'),
  path.resolve(__dirname, '../../../../fixtures/plans/real'),
  path.resolve(__dirname, '__fixtures__'),
];

function fixturePairs(): Array<[string, string, string]> {
  return folders.flatMap((folder) =>
    fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.txt') && fs.existsSync(path.join(folder, name.replace(/\.txt$/, '.expected.json'))))
      .map((name): [string, string, string] => [
        path.relative(path.resolve(__dirname, '../../../..'), path.join(folder, name)),
        path.join(folder, name),
        path.join(folder, name.replace(/\.txt$/, '.expected.json')),
      ]),
  );
}

describe('parsePlanDocument against expected facts', () => {
  const pairs = fixturePairs();

  it('finds the sample, the real documents and the synthetic ones', () => {
    expect(pairs.map(([name]) => name)).toContain('fixtures/plans/nq-318-2025-quang-ninh.txt');
    expect(pairs.length).toBeGreaterThanOrEqual(14);
  });

  it.each(pairs)('%s gives every expected fact', (_name, textFile, factsFile) => {
    const expected = JSON.parse(fs.readFileSync(factsFile, 'utf8')) as ExpectedFacts;

    const sut = parsePlanDocument(fs.readFileSync(textFile, 'utf8'));

    expect(checkAgainstExpectedFacts(sut, expected)).toEqual([]);
  });
});
