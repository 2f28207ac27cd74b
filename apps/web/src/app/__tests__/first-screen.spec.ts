import type { LoginResponse } from '@mandate/domain';
import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { type ScreenHandle, startFirstScreen } from '../first-screen';

const session: LoginResponse = { accessToken: 'a1', expiresIn: 900, user: { id: 'u1', username: 'ubnd', displayName: 'Nguyễn Văn A', role: 'ubnd', departmentId: null } } as LoginResponse;

const screen = (): Required<ScreenHandle> & { preload: jest.Mock; prefetch: jest.Mock } => ({
  preload: jest.fn().mockResolvedValue(undefined),
  prefetch: jest.fn().mockResolvedValue(undefined),
});

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(startFirstScreen.name, () => {
  const login = screen();
  const frame = screen();
  const board = screen();
  const plans = screen();
  const routes: RouteObject[] = [
    { path: '/login', handle: login },
    { path: '/', children: [{ handle: frame, children: [{ path: 'board', handle: board }, { path: 'plans', handle: plans }] }] },
  ];

  beforeEach(() => jest.clearAllMocks());

  it('fetches the chunks of every route the address matches before the session is known, and their data once it is', async () => {
    let restored: (value: LoginResponse | null) => void = () => undefined;
    const pending = new Promise<LoginResponse | null>((resolve) => (restored = resolve));
    const queryClient = new QueryClient();

    startFirstScreen({ routes, location: { pathname: '/board', search: '?plan=p1' }, queryClient, session: pending });

    expect(frame.preload).toHaveBeenCalledTimes(1);
    expect(board.preload).toHaveBeenCalledTimes(1);
    expect(plans.preload).not.toHaveBeenCalled();
    expect(login.preload).not.toHaveBeenCalled();
    expect(board.prefetch).not.toHaveBeenCalled();

    restored(session);
    await flush();

    expect(board.prefetch).toHaveBeenCalledWith(queryClient, new URLSearchParams('plan=p1'), session.user);
    expect(plans.prefetch).not.toHaveBeenCalled();
  });

  it('fetches no data without a session, nor when the API is out of reach', async () => {
    startFirstScreen({ routes, location: { pathname: '/board', search: '' }, queryClient: new QueryClient(), session: Promise.resolve(null) });
    startFirstScreen({ routes, location: { pathname: '/board', search: '' }, queryClient: new QueryClient(), session: Promise.reject(new Error('offline')) });
    await flush();

    expect(board.preload).toHaveBeenCalledTimes(2);
    expect(board.prefetch).not.toHaveBeenCalled();
  });
});
