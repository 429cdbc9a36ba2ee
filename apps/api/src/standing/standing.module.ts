import { Global, Module } from '@nestjs/common';
import { EnterpriseStanding } from './enterprise-standing.service';

/** An enterprise's standing from its meetings and outcomes, above all three; global for the bulk writers. */
@Global()
@Module({ providers: [EnterpriseStanding], exports: [EnterpriseStanding] })
export class StandingModule {}
