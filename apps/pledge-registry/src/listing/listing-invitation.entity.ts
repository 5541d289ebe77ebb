import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PartyEntity } from '@registry/party/party.entity.js';
import { ListingEntity } from './listing.entity.js';

/** A lender invited to an INVITED listing: only invited lenders see it and may offer. */
@Entity({ name: 'listing_invitation' })
@Index('ix_listing_invitation_lender', ['lenderPartyId'])
export class ListingInvitationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_listing_invitation' })
  listingId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_listing_invitation' })
  lenderPartyId: string;

  @ManyToOne(() => ListingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'listing_id', foreignKeyConstraintName: 'fk_listing_invitation_listing' })
  listing?: Relation<ListingEntity>;

  @ManyToOne(() => PartyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'lender_party_id', foreignKeyConstraintName: 'fk_listing_invitation_lender' })
  lender?: Relation<PartyEntity>;
}
