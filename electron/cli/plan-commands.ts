// Action plans from the command line: list them, show how one stands, and
// draft the progress report that goes to committee.
import type { Command } from './command-kit';

/** The options only the plan commands take. */
export const planOptions = {} as const;

export const planCommands: Record<string, Command> = {};
