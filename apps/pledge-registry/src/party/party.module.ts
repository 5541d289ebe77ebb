import { Module } from '@nestjs/common';
import { PartyRepository } from '@registry/party/party.repository.js';
import { PartyResolver } from '@registry/party/party.resolver.js';
import { PartyService } from '@registry/party/party.service.js';

@Module({
  providers: [PartyRepository, PartyService, PartyResolver],
  exports: [PartyService],
})
export class PartyModule {}
