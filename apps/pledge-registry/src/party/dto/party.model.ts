import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionType } from '@app/platform';
import { PartyKind, type PartyEntity } from '@registry/party/party.entity.js';

registerEnumType(PartyKind, {
  name: 'PartyKind',
  description: 'Enterprise (SME), lender (bank) or city program office',
});

@ObjectType('Party', { description: 'An enterprise, lender or program office registered on the platform' })
export class PartyModel {
  @Field(() => ID)
  id: string;

  @Field(() => PartyKind)
  kind: PartyKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (GB 32100-2015)' })
  creditCode: string | null;

  @Field()
  city: string;

  @Field(() => String, { nullable: true })
  district: string | null;

  @Field(() => String, { nullable: true, description: 'Industrial park within the district' })
  park: string | null;

  @Field(() => String, { nullable: true, description: 'Industry classification code (GB/T 4754)' })
  industryCode: string | null;

  static from(entity: PartyEntity): PartyModel {
    return Object.assign(new PartyModel(), {
      id: entity.id,
      kind: entity.kind,
      name: entity.name,
      creditCode: entity.creditCode,
      city: entity.city,
      district: entity.district,
      park: entity.park,
      industryCode: entity.industryCode,
    });
  }
}

export const PartyConnection = connectionType(PartyModel, 'Party');

@ObjectType('Viewer', { description: 'The signed-in user' })
export class ViewerModel {
  @Field(() => ID)
  userId: string;

  @Field()
  login: string;

  @Field(() => [String])
  roles: string[];

  @Field(() => PartyModel, { nullable: true })
  party: PartyModel | null;
}
