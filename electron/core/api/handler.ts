import type { ApiMethod, ApiOutput, ApiParsedInput } from '../../../shared/api/contract';
import type { CoreContext } from '../context';
import type { ServiceContext } from '../services/unit-of-work';

/** One API method's implementation: input already validated against its schema. */
export type Handler<M extends ApiMethod> = (
  ctx: CoreContext,
  input: ApiParsedInput<M>,
) => ApiOutput<M> | Promise<ApiOutput<M>>;

/** The handlers of one domain: every method whose name starts with `domain/`. */
export type DomainHandlers<Domain extends string> = {
  [M in Extract<ApiMethod, `${Domain}/${string}`>]: Handler<M>;
};

/** The open workspace and clock for a service call; fails with no_workspace when none is open. */
export function services(ctx: CoreContext): ServiceContext {
  return { db: ctx.workspace.current().db, now: ctx.now };
}
