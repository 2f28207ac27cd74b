import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { type LeagueParams, leagueApi } from './league.api';

export const leagueKeys = {
  all: ['reports', 'league'] as const,
  table: (params: LeagueParams) => [...leagueKeys.all, params] as const,
};

export const leagueQueries = {
  table: (params: LeagueParams) =>
    queryOptions({
      queryKey: leagueKeys.table(params),
      queryFn: ({ signal }) => leagueApi.table(params, signal),
      placeholderData: keepPreviousData,
    }),
};
