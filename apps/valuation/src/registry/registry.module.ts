import { Module } from '@nestjs/common';
import { RegistryClient } from '@valuation/registry/registry.client.js';

@Module({ providers: [RegistryClient], exports: [RegistryClient] })
export class RegistryModule {}
