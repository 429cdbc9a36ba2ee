import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { AgreementsService } from './agreements.service';

const DAY = 86_400_000;

/**
 * Runs the agreements' daily work at start (in the background) and then every day shortly after midnight in Beijing.
 * Every instance runs it; the database makes each effect happen once (see AgreementsService.runDaily),
 * so nothing depends on which instance is up.
 */
@Injectable()
export class AgreementsJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Agreements');
  private timer?: NodeJS.Timeout;
  /** The run at start: the server does not wait for it (a first run over years of history is long); tests may. */
  firstRun: Promise<void> = Promise.resolve();

  constructor(private readonly agreements: AgreementsService) {}

  onApplicationBootstrap(): void {
    this.firstRun = this.run();
    this.schedule();
  }

  onModuleDestroy(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    // 00:05 China time is 16:05 UTC
    const next = new Date();
    next.setUTCHours(16, 5, 0, 0);
    if (next.getTime() <= Date.now()) next.setTime(next.getTime() + DAY);
    this.timer = setTimeout(() => void this.run().finally(() => this.schedule()), next.getTime() - Date.now());
    this.timer.unref();
  }

  private async run(): Promise<void> {
    try {
      const { lapsed, tasksCreated } = await this.agreements.runDaily();
      if (lapsed || tasksCreated)
        this.logger.log(`${lapsed} agreements ended without renewal; ${tasksCreated} renewal tasks created.`);
    } catch (error) {
      // a failed run is tried again tomorrow (or at the next start); it must not stop the server
      this.logger.error(`The daily agreements run failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
