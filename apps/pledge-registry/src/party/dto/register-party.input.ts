import { Field, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PartyKind } from '@registry/party/party.entity.js';

const INDUSTRY_CODE = /^[A-T](\d{2,4})?$/;

@InputType('RegisterPartyInput')
export class RegisterPartyInput {
  @Field()
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(200)
  name: string;

  @Field(() => String, { nullable: true, description: 'Required for enterprises and lenders' })
  @IsOptional()
  @IsString()
  @MaxLength(18, { message: 'must be 18 characters' })
  creditCode?: string | null;

  @Field()
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'must not be blank' })
  @MaxLength(64)
  city: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  district?: string | null;

  @Field(() => String, { nullable: true, description: 'Industrial park; needs a district (a park lies in one)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  park?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(INDUSTRY_CODE, { message: 'must be a GB/T 4754 code such as C3973' })
  industryCode?: string | null;
}

/** Every registration field but the credit code (a party's identity), each optional. */
@InputType('UpdatePartyInput')
export class UpdatePartyInput extends PartialType(OmitType(RegisterPartyInput, ['creditCode'] as const)) {}

@InputType('PartyFilter')
export class PartyFilter {
  @Field(() => PartyKind, { nullable: true })
  @IsOptional()
  kind?: PartyKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  city?: string;
}
