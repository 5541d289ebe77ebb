import fc from 'fast-check';
import { GraphQLError, GraphQLObjectType, GraphQLSchema, graphql, parseValue } from 'graphql';
import { Decimal } from './decimal.js';
import { DecimalScalar } from './decimal.scalar.js';

function graphQLError(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected a GraphQLError');
}

describe('DecimalScalar', () => {
  it('is named Decimal and documents the string format', () => {
    expect(DecimalScalar.name).toBe('Decimal');
    expect(DecimalScalar.description).toContain('Exact decimal number serialised as a string, e.g. "1234.5600"');
  });

  describe('serialize', () => {
    it.each([
      [new Decimal('1234.5600'), '1234.56'],
      [new Decimal('-0.01'), '-0.01'],
      [new Decimal('1e-7'), '0.0000001'],
      [new Decimal('1e45'), '1' + '0'.repeat(45)],
      [new Decimal('-0'), '0'],
      [Decimal.clone()('2.5'), '2.5'],
      ['1234.5600', '1234.5600'],
      ['-3', '-3'],
      [42, '42'],
    ])('%s -> %j', (value, expected) => {
      expect(DecimalScalar.serialize(value)).toBe(expected);
    });

    it.each([[new Decimal(NaN)], [new Decimal(Infinity)], [0.1], ['1e3'], ['abc'], [null], [undefined], [{}], [true]])(
      'refuses %s as an internal error',
      (value) => {
        const error = graphQLError(() => DecimalScalar.serialize(value));
        expect(error.message).toMatch(/^Decimal cannot represent /);
        expect(error.extensions['code']).toBe('INTERNAL_SERVER_ERROR');
      },
    );
  });

  describe('parseValue (variables)', () => {
    it.each([
      ['1234.56', '1234.56'],
      ['-0.5', '-0.5'],
      ['0.00', '0'],
      ['9999999999999999.9999', '9999999999999999.9999'],
      [42, '42'],
      [-7, '-7'],
    ])('%j -> %s', (value, expected) => {
      const parsed = DecimalScalar.parseValue(value);
      expect(parsed).toBeInstanceOf(Decimal);
      expect(parsed.toFixed()).toBe(expected);
    });

    it.each([
      ['1e3', 'Decimal: must be a decimal string like "1234.56"'],
      ['NaN', 'Decimal: must be a decimal string like "1234.56"'],
      ['Infinity', 'Decimal: must be a decimal string like "1234.56"'],
      ['', 'Decimal: must be a decimal string like "1234.56"'],
      [' 1', 'Decimal: must be a decimal string like "1234.56"'],
      [1.5, 'Decimal: must be a decimal string like "1234.56"'],
      [null, 'Decimal: must be a decimal string like "1234.56"'],
      [{ amount: '1' }, 'Decimal: must be a decimal string like "1234.56"'],
      ['12345678901234567', 'Decimal: must have at most 16 digits before the decimal point'],
    ])('rejects %j', (value, message) => {
      const error = graphQLError(() => DecimalScalar.parseValue(value));
      expect(error.message).toBe(message);
      // A bare GraphQLError is reported as bad user input rather than masked as internal.
      expect(error.originalError).toBeUndefined();
    });
  });

  describe('parseLiteral', () => {
    it.each([
      ['"1234.56"', '1234.56'],
      ['"-0.0001"', '-0.0001'],
      ['42', '42'],
      ['-42', '-42'],
    ])('%s -> %s', (literal, expected) => {
      expect(DecimalScalar.parseLiteral(parseValue(literal), undefined).toFixed()).toBe(expected);
    });

    it.each([
      ['1.5', /^Decimal literal 1\.5 must be quoted, e\.g\. "1\.5": float literals lose precision$/],
      ['0.1', /float literals lose precision/],
      ['1e3', /float literals lose precision/],
      ['"1e3"', /^Decimal: must be a decimal string like "1234\.56"$/],
      ['"abc"', /^Decimal: must be a decimal string like "1234\.56"$/],
      ['12345678901234567', /at most 16 digits before the decimal point/],
      ['true', /^Decimal cannot represent a BooleanValue literal/],
      ['null', /^Decimal cannot represent a NullValue literal/],
      ['["1"]', /^Decimal cannot represent a ListValue literal/],
      ['{ amount: "1" }', /^Decimal cannot represent a ObjectValue literal/],
      ['ONE', /^Decimal cannot represent a EnumValue literal/],
    ])('rejects %s', (literal, message) => {
      const node = parseValue(literal);
      const error = graphQLError(() => DecimalScalar.parseLiteral(node, undefined));
      expect(error.message).toMatch(message);
      expect(error.nodes).toEqual([node]);
    });
  });

  it('property: serialize and parseValue round-trip every decimal that fits numeric(20,4)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n) + 1n, max: 10n ** 20n - 1n }), (units) => {
        const value = new Decimal(`${units}e-4`);
        const wire = DecimalScalar.serialize(value);
        expect(wire).toMatch(/^-?\d+(\.\d+)?$/);
        expect(DecimalScalar.parseValue(wire).equals(value)).toBe(true);
      }),
    );
  });

  describe('in an executed schema', () => {
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          echo: {
            type: DecimalScalar,
            args: { value: { type: DecimalScalar } },
            resolve: (_source, args: { value: Decimal }) => args.value.plus('0.2'),
          },
        },
      }),
    });

    it('adds exactly with a string literal and with a variable', async () => {
      const literal = await graphql({ schema, source: '{ echo(value: "0.1") }' });
      expect(literal).toEqual({ data: { echo: '0.3' } });
      const variable = await graphql({
        schema,
        source: 'query ($v: Decimal) { echo(value: $v) }',
        variableValues: { v: '0.1' },
      });
      expect(variable).toEqual({ data: { echo: '0.3' } });
    });

    it.each([
      ['{ echo(value: 0.1) }', undefined, /float literals lose precision/],
      ['query ($v: Decimal) { echo(value: $v) }', { v: 0.1 }, /must be a decimal string like "1234\.56"/],
    ])('reports %s %j as a request error', async (source, variableValues, message) => {
      const result = await graphql({ schema, source, variableValues });
      expect(result.data).toBeUndefined();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.message).toMatch(message);
    });
  });
});
