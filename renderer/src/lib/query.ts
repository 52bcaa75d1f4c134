import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { App } from 'antd';
import type { Method, MethodInput, MethodOutput } from '../../../shared/contract';
import { ApiCallError, call } from './api';

export const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 5_000 } } });

export function useApiQuery<M extends Method>(method: M, input: MethodInput<M>, options: Partial<UseQueryOptions<MethodOutput<M>, ApiCallError>> = {}) {
  return useQuery<MethodOutput<M>, ApiCallError>({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
}

/** A write: shows the Chinese error, refreshes every list on success (the data set is small). */
export function useApiMutation<M extends Method>(method: M, options: { success?: string | ((out: MethodOutput<M>) => string); onSuccess?: (out: MethodOutput<M>) => void } = {}) {
  const { message, modal } = App.useApp();
  return useMutation<MethodOutput<M>, ApiCallError, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    onSuccess: async (out) => {
      await queryClient.invalidateQueries();
      const text = typeof options.success === 'function' ? options.success(out) : options.success;
      if (text) void message.success(text);
      options.onSuccess?.(out);
    },
    onError: (error) => {
      if (error.code === 'CONFLICT') modal.warning({ title: '保存冲突', content: error.message, okText: '知道了' });
      else void message.error(error.message, 6);
    },
  });
}
