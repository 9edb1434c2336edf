import { useMutation, useQuery, type UseMutationOptions } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { ANSWERED, type ApiMethods, type DoorbraakDataProvider } from '../providers/dataProvider';

export type ApiMethod = keyof ApiMethods;
export type ApiParams<M extends ApiMethod> = Parameters<ApiMethods[M]>;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<ApiMethods[M]>>['data'];

/** Every query of the API outside plain CRUD starts with this key: invalidate it to refresh them all. */
export const API_QUERY_KEY = ['api'] as const;

/** The query key of one call, for invalidating exactly that call. */
export const apiQueryKey = <M extends ApiMethod>(method: M, ...params: ApiParams<M>) =>
  [...API_QUERY_KEY, method, ...params] as const;

/**
 * A call that signed the user out (a 401: `authProvider.checkError` ended the
 * session). react-admin's proxy then answers an empty `{ data: {} }` while it
 * goes to the sign-in page, without the provider's `ANSWERED` mark; this
 * stands in for it, so no component renders or saves it. Nothing needs to be
 * shown for it.
 */
export class SessionEnded extends Error {
  constructor() {
    super('session ended');
    this.name = 'SessionEnded';
  }
}

/** The data provider with the typed methods of `ApiMethods`. */
export const useApiProvider = () => useDataProvider<DoorbraakDataProvider>();

async function call<M extends ApiMethod>(
  provider: DoorbraakDataProvider,
  method: M,
  params: ApiParams<M>,
): Promise<ApiResult<M>> {
  const result = await (provider[method] as (...args: ApiParams<M>) => Promise<{ data: ApiResult<M> }>)(...params);
  if (!(ANSWERED in result)) throw new SessionEnded();
  return result.data;
}

/** A read outside plain CRUD (reports, caseload, timeline…), through the data provider, cached by react-query. */
export function useApi<M extends ApiMethod>(method: M, ...params: ApiParams<M>) {
  const provider = useApiProvider();
  return useQuery({
    queryKey: apiQueryKey(method, ...params),
    queryFn: () => call(provider, method, params),
  });
}

type MutationOptions<M extends ApiMethod> = Pick<
  UseMutationOptions<ApiResult<M>, Error, ApiParams<M>[0]>,
  'onSuccess' | 'onError'
>;

/**
 * A write outside plain CRUD (merge, bulk labels, a review, a download…).
 * `onError` gets translated errors; a call that ended the session calls
 * neither `onSuccess` nor `onError`. With `mutateAsync`, skip `SessionEnded`.
 */
export function useApiMutation<M extends ApiMethod>(method: M, { onSuccess, onError }: MutationOptions<M> = {}) {
  const provider = useApiProvider();
  return useMutation<ApiResult<M>, Error, ApiParams<M>[0]>({
    mutationFn: (params) => call(provider, method, [params] as unknown as ApiParams<M>),
    onSuccess,
    onError: (error, ...rest) => {
      if (!(error instanceof SessionEnded)) return onError?.(error, ...rest);
    },
  });
}
