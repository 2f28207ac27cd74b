import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JobName, QUEUE_NAMES } from './queue.constants';

const LOCALES = join(__dirname, '..', '..', '..', 'web', 'src', 'locales');

describe('queue and job names', () => {
  it.each(['vi', 'en'])('are each worded in the %s locale of the web (the admin queues page shows them)', (lang) => {
    const { queues } = JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')) as { queues: { names: Record<string, string>; jobs: Record<string, string> } };
    expect(Object.keys(queues.names).sort()).toEqual([...QUEUE_NAMES].sort());
    expect(Object.keys(queues.jobs).sort()).toEqual(Object.values(JobName).sort());
  });
});
