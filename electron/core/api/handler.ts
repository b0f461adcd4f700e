import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { CoreContext } from '../context';

/** One API method's implementation: input already validated against its schema. */
export type Handler<M extends ApiMethod> = (
  ctx: CoreContext,
  input: ApiParsedInput<M>,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** The handlers of one domain: every method whose name starts with `domain/`. */
export type DomainHandlers<Domain extends string> = {
  [M in Extract<ApiMethod, `${Domain}/${string}`>]: Handler<M>;
};
