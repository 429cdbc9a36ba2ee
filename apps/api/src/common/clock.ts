import { Injectable } from '@nestjs/common';
import { chinaDay } from '@crm/domain';

/**
 * "Now" for every rule that depends on the day (expiry, overdue, the daily job), asked of one
 * provider so that tests can move the day instead of waiting for it.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  /** Today in China Standard Time, where the school is. */
  today(): string {
    return chinaDay(this.now());
  }
}
