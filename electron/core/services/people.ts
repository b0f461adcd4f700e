import type { ApiParsedInput } from '../../../shared/api/contract';
import type { Person } from '../../../shared/api/methods/people';
import { deletePerson, getPerson, insertPerson, listPeople, updatePerson } from '../repositories/people';
import { audit, found, inTransaction, refuseIfInUse, type ServiceContext } from './unit-of-work';

export function listPeopleService(ctx: ServiceContext, input: ApiParsedInput<'people/list'>): Person[] {
  return listPeople(ctx.db, input);
}

export function getPersonService(ctx: ServiceContext, personId: number): Person {
  return found(getPerson(ctx.db, personId), 'person', personId);
}

export function createPerson(ctx: ServiceContext, input: ApiParsedInput<'people/create'>): Person {
  return inTransaction(ctx, () => {
    const personId = insertPerson(ctx.db, input, ctx.now().toISOString());
    audit(ctx, 'create', 'person', personId, input.fullName);
    return getPersonService(ctx, personId);
  });
}

export function updatePersonService(ctx: ServiceContext, input: ApiParsedInput<'people/update'>): Person {
  const { id: personId, ...values } = input;
  return inTransaction(ctx, () => {
    found(updatePerson(ctx.db, personId, values, ctx.now().toISOString()) || null, 'person', personId);
    const person = getPersonService(ctx, personId);
    audit(ctx, 'update', 'person', personId, person.fullName);
    return person;
  });
}

export function archivePerson(ctx: ServiceContext, personId: number, isArchived: boolean): Person {
  return inTransaction(ctx, () => {
    const at = ctx.now().toISOString();
    found(updatePerson(ctx.db, personId, { archivedAt: isArchived ? at : null }, at) || null, 'person', personId);
    const person = getPersonService(ctx, personId);
    audit(ctx, isArchived ? 'archive' : 'restore', 'person', personId, person.fullName);
    return person;
  });
}

export function deletePersonService(ctx: ServiceContext, personId: number): { id: number } {
  return inTransaction(ctx, () => {
    const person = getPersonService(ctx, personId);
    try {
      deletePerson(ctx.db, personId);
    } catch (error) {
      refuseIfInUse(error, 'person');
    }
    audit(ctx, 'delete', 'person', personId, person.fullName);
    return { id: personId };
  });
}
