import { archivePerson, createPerson, deletePersonService, getPersonService, listPeopleService, updatePersonService } from '../services/people';
import { services, type DomainHandlers } from './handler';

export const peopleHandlers: DomainHandlers<'people'> = {
  'people/list': (ctx, input) => listPeopleService(services(ctx), input),
  'people/get': (ctx, { id }) => getPersonService(services(ctx), id),
  'people/create': (ctx, input) => createPerson(services(ctx), input),
  'people/update': (ctx, input) => updatePersonService(services(ctx), input),
  'people/archive': (ctx, { id, isArchived }) => archivePerson(services(ctx), id, isArchived),
  'people/delete': (ctx, { id }) => deletePersonService(services(ctx), id),
};
