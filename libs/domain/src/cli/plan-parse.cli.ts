import * as fs from 'node:fs';
import { isDomainError } from '../errors/domain-error';
import { parsePlanDocument } from '../plan-document';

const USAGE = 'Usage: npm run -s plan:parse -- <file|->   (parse a planning document; "-" reads stdin)';

export interface CliIo {
  readFile: (path: string) => Buffer;
  readStdin: () => Buffer;
  out: (text: string) => void;
  err: (text: string) => void;
}

function describeReadError(source: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String((error as Error)?.message ?? error);
  return `Cannot read ${source}: ${reason}.`;
}

/** Runs the command on its arguments; returns the exit code (0 parsed, 1 unreadable or not a plan, 2 usage). */
export function runPlanParse(args: string[], io: CliIo): number {
  if (args.length !== 1 || args[0] === '' || args[0] === '-h' || args[0] === '--help') {
    io.err(`${USAGE}\n`);
    return 2;
  }
  const source = args[0];
  let bytes: Buffer;
  try {
    bytes = source === '-' ? io.readStdin() : io.readFile(source);
  } catch (error) {
    io.err(`${describeReadError(source === '-' ? 'stdin' : source, error)}\n`);
    return 1;
  }
  try {
    const parse = parsePlanDocument(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    io.out(`${JSON.stringify(parse, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = isDomainError(error) ? error.message : `Unexpected error while parsing: ${String((error as Error)?.message ?? error)}`;
    io.err(`${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = runPlanParse(process.argv.slice(2), {
    readFile: (path) => fs.readFileSync(path),
    readStdin: () => fs.readFileSync(0),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
