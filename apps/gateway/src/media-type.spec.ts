import { responseMediaType } from './media-type.js';

describe('responseMediaType', () => {
  it.each([
    [undefined, 'application/graphql-response+json'],
    ['', 'application/graphql-response+json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['*/*', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/json;q=0.5, application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json;q=0, application/json', 'application/json'],
    ['text/html', 'application/graphql-response+json'],
  ])('Accept %p -> %s', (accept, expected) => {
    expect(responseMediaType(accept)).toBe(expected);
  });
});
