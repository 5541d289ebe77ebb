import { Module } from '@nestjs/common';
import { ValuationClient } from '@registry/valuation-client/valuation.client.js';

@Module({ providers: [ValuationClient], exports: [ValuationClient] })
export class ValuationClientModule {}
