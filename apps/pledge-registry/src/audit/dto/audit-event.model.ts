import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '@app/platform';
import type { AuditLink, ChainProblem } from '@registry/audit/domain/audit-chain.js';

@ObjectType('AuditEvent', { description: 'One link of an asset audit chain' })
export class AuditEventModel {
  @Field(() => ID)
  assetId: string;

  @Field(() => Int, { description: 'Position in the asset chain, from 1' })
  seq: number;

  @Field(() => ID, { description: 'Shared by the links one state change wrote (one per asset)' })
  eventId: string;

  @Field({ description: 'LISTING, OFFER, PLEDGE or DISPOSAL' })
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field()
  action: string;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  actorLogin: string | null;

  @Field(() => ID, { nullable: true })
  actorPartyId: string | null;

  @Field(() => [String])
  actorRoles: string[];

  @Field(() => GraphQLISODateTime)
  occurredAt: Date;

  @Field(() => JsonScalar, { nullable: true })
  before: unknown;

  @Field(() => JsonScalar, { nullable: true })
  after: unknown;

  @Field(() => String, { nullable: true })
  prevHash: string | null;

  @Field()
  hash: string;

  static from(link: AuditLink): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      assetId: link.assetId,
      seq: link.seq,
      eventId: link.eventId,
      subjectType: link.subjectType,
      subjectId: link.subjectId,
      action: link.action,
      actorUserId: link.actor.userId,
      actorLogin: link.actor.login,
      actorPartyId: link.actor.partyId,
      actorRoles: link.actor.roles,
      occurredAt: link.occurredAt,
      before: link.before,
      after: link.after,
      prevHash: link.prevHash,
      hash: link.hash,
    });
  }
}

@ObjectType('AuditChainProblem')
export class AuditChainProblemModel {
  @Field(() => ID)
  assetId: string;

  @Field(() => Int)
  seq: number;

  @Field({ description: 'HASH_MISMATCH, BROKEN_LINK or SEQUENCE_GAP' })
  kind: string;

  @Field()
  message: string;

  static from(problem: ChainProblem): AuditChainProblemModel {
    return Object.assign(new AuditChainProblemModel(), problem);
  }
}

@ObjectType('AuditChainCheck')
export class AuditChainCheckModel {
  @Field(() => ID)
  assetId: string;

  @Field(() => Int)
  links: number;

  @Field()
  intact: boolean;

  @Field(() => [AuditChainProblemModel])
  problems: AuditChainProblemModel[];
}
