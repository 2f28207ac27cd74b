import { queryOptions } from '@tanstack/react-query';
import { departmentKeys } from './departments.queries';
import { departmentAliasesApi } from './department-aliases.api';

export const departmentAliasKeys = {
  all: [...departmentKeys.all, 'aliases'] as const,
  list: () => [...departmentAliasKeys.all, 'list'] as const,
  match: (names: readonly string[]) => [...departmentAliasKeys.all, 'match', names] as const,
};

export const departmentAliasQueries = {
  list: () => queryOptions({ queryKey: departmentAliasKeys.list(), queryFn: ({ signal }) => departmentAliasesApi.list(signal), select: (data) => data.items }),
  /** How the agency names a document writes map to departments; under departmentKeys so a catalogue change refreshes it. */
  match: (names: readonly string[]) =>
    queryOptions({ queryKey: departmentAliasKeys.match(names), queryFn: ({ signal }) => departmentAliasesApi.match(names, signal), select: (data) => data.items, enabled: names.length > 0 }),
};
