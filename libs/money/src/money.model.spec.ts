import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { Args, GraphQLSchemaBuilderModule, GraphQLSchemaFactory, Query, Resolver } from '@nestjs/graphql';
import { graphql, printSchema, type GraphQLSchema } from 'graphql';
import { Decimal } from './decimal.js';
import { MoneyError, MoneyErrorCode } from './money-error.js';
import { MoneyInput, MoneyModel } from './money.model.js';
import { Money } from './money.js';

@Resolver()
class PriceResolver {
  @Query(() => MoneyModel)
  doubled(@Args('price', { type: () => MoneyInput }) price: MoneyInput): MoneyModel {
    return MoneyModel.from(MoneyInput.toMoney(price).times('2'));
  }
}

describe('MoneyModel / MoneyInput', () => {
  it('MoneyModel.from copies amount and currency without rounding', () => {
    const model = MoneyModel.from(Money.of('12.345', 'CNY'));
    expect(model).toBeInstanceOf(MoneyModel);
    expect(model.amount).toBe('12.345');
    expect(model.currency).toBe('CNY');
  });

  it.each([
    ['3380287.7', 'CNY', '3380287.70'],
    ['5', 'CNY', '5.00'],
    ['5', 'JPY', '5'],
    ['0.125', 'USD', '0.125'],
  ])('MoneyModel.from pads %s %s to the minor units without rounding', (amount, currency, expected) => {
    expect(MoneyModel.from(Money.of(amount, currency)).amount).toBe(expected);
  });

  it('MoneyInput#toMoney and MoneyInput.toMoney build the domain value', () => {
    const input = Object.assign(new MoneyInput(), { amount: new Decimal('0.1'), currency: 'USD' });
    expect(input.toMoney().equals(Money.of('0.1', 'USD'))).toBe(true);
    expect(MoneyInput.toMoney({ amount: new Decimal('5'), currency: 'JPY' }).toJSON()).toEqual({
      amount: '5',
      currency: 'JPY',
    });
  });

  it.each([['usd'], ['US'], ['']])('toMoney rejects currency %j with INVALID_CURRENCY', (currency) => {
    const input = Object.assign(new MoneyInput(), { amount: new Decimal('1'), currency });
    let caught: unknown;
    try {
      input.toMoney();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MoneyError);
    expect((caught as MoneyError).code).toBe(MoneyErrorCode.INVALID_CURRENCY);
  });

  describe('generated schema', () => {
    let schema: GraphQLSchema;

    beforeAll(async () => {
      const moduleRef = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
      schema = await moduleRef.get(GraphQLSchemaFactory).create([PriceResolver]);
    });

    it('exposes Money, MoneyInput and the Decimal scalar', () => {
      const sdl = printSchema(schema);
      expect(sdl).toMatch(/type Money \{[^}]*amount: Decimal!\s+[^}]*currency: String!/);
      expect(sdl).toMatch(/input MoneyInput \{[^}]*amount: Decimal!\s+[^}]*currency: String!/);
      expect(sdl).toContain('scalar Decimal');
    });

    it('marks Money @shareable for federation', () => {
      const directives = schema.getType('Money')?.astNode?.directives?.map((d) => d.name.value);
      expect(directives).toEqual(['shareable']);
    });

    it('carries an exact amount through MoneyInput and Money', async () => {
      // The schema factory builds types only (resolvers are wired by the driver), so the
      // query field is resolved from the root value, as a resolver would receive a plain object.
      const rootValue = {
        doubled: (args: { price: MoneyInput }) => new PriceResolver().doubled(args.price),
      };
      const result = await graphql({
        schema,
        source: '{ doubled(price: { amount: "0.15", currency: "CNY" }) { amount currency } }',
        rootValue,
      });
      expect(result).toEqual({ data: { doubled: { amount: '0.30', currency: 'CNY' } } });
    });
  });
});
