import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const cli = 'libs/domain/src/cli/plan-parse.cli.ts';
const sample = 'fixtures/plans/nq-318-2025-quang-ninh.txt';

function run(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(tsx, ['--tsconfig', 'tsconfig.base.json', cli, ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('plan-parse command', () => {
  let scratch: string;

  beforeAll(() => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'plan-parse-'));
  });

  afterAll(() => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('prints the parse of the sample as JSON and exits 0', () => {
    const sut = run([sample]);

    expect(sut.status).toBe(0);
    expect(sut.stderr).toBe('');
    const parse = JSON.parse(sut.stdout);
    expect(parse.document.number).toBe('318/NQ-HĐND');
    expect(parse.indicators).toHaveLength(21);
  });

  it('reads the text from stdin with "-"', () => {
    const sut = run(['-'], fs.readFileSync(path.join(repoRoot, sample), 'utf8'));

    expect(sut.status).toBe(0);
    expect(JSON.parse(sut.stdout).document.planYear).toBe(2026);
  });

  it('says a missing file cannot be read, exit 1, nothing on stdout', () => {
    const sut = run([path.join(scratch, 'missing.txt')]);

    expect(sut.status).toBe(1);
    expect(sut.stdout).toBe('');
    expect(sut.stderr.trim().split('\n')).toHaveLength(1);
    expect(sut.stderr).toMatch(/Cannot read .*no such file/);
  });

  it('says an empty file is empty, exit 1, nothing on stdout', () => {
    const empty = path.join(scratch, 'empty.txt');
    fs.writeFileSync(empty, '');

    const sut = run([empty]);

    expect(sut.status).toBe(1);
    expect(sut.stdout).toBe('');
    expect(sut.stderr.trim().split('\n')).toHaveLength(1);
    expect(sut.stderr).toMatch(/empty/i);
  });

  it('refuses a text that is not a planning document, exit 1, nothing on stdout', () => {
    const sut = run(['-'], 'Công thức nấu phở bò: 1. Ninh xương 6 tiếng. 2. Thái thịt mỏng. Chúc ngon miệng!\n');

    expect(sut.status).toBe(1);
    expect(sut.stdout).toBe('');
    expect(sut.stderr.trim().split('\n')).toHaveLength(1);
    expect(sut.stderr).toMatch(/not a recognisable planning document/);
  });

  it('prints a usage line and exits 2 without arguments', () => {
    const sut = run([]);

    expect(sut.status).toBe(2);
    expect(sut.stdout).toBe('');
    expect(sut.stderr).toMatch(/^Usage: /);
  });

  it('prints a usage line and exits 2 with too many arguments', () => {
    const sut = run([sample, sample]);

    expect(sut.status).toBe(2);
    expect(sut.stderr).toMatch(/^Usage: /);
  });
});
