import { z } from 'zod';
import { method } from '../method';
import { id, line, requiredLine, updateOf } from '../schema';

/** Anyone the committee deals with: councillors, officers, co-opted members. */
export type Person = {
  id: number;
  honorific: string;
  fullName: string;
  jobTitle: string;
  organisation: string;
  email: string;
  phone: string;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

const email = z.union([z.literal(''), z.email('Give an email address such as name@council.gov.uk, or leave it empty.').max(254)]);

/** Optional fields left out keep their stored value (update) or the column default (create). */
export const personFields = z
  .object({
    honorific: line(40).optional(),
    fullName: requiredLine('the person’s name', 200),
    jobTitle: line(200).optional(),
    organisation: line(200).optional(),
    email: email.optional(),
    phone: line(40).optional(),
  })
  .strict();

export const peopleMethods = {
  'people/list': method<Person[]>()(
    z.object({ query: line(100).optional(), includeArchived: z.boolean().optional() }).strict(),
    'People in the workspace, by name; archived people only when asked',
  ),
  'people/get': method<Person>()(z.object({ id }).strict(), 'One person, by id'),
  'people/create': method<Person>()(personFields, 'Add a person'),
  'people/update': method<Person>()(updateOf(personFields), 'Change a person’s details'),
  'people/archive': method<Person>()(z.object({ id, isArchived: z.boolean() }).strict(), 'Archive a person (kept in history, hidden from pickers) or bring them back'),
  'people/delete': method<{ id: number }>()(z.object({ id }).strict(), 'Delete a person who holds no role and appears in no minutes'),
} as const;
