import type { z } from 'zod';

export type MethodSpec<Input extends z.ZodType, Output> = {
  input: Input;
  summary: string;
  /** Phantom: carries the output type; never read at run time. */
  output?: Output;
};

/** Declares one API method: `method<Output>()(inputSchema, summary)`. */
export function method<Output>() {
  return <Input extends z.ZodType>(input: Input, summary: string): MethodSpec<Input, Output> => ({ input, summary });
}
